/// Why an ``InvariantSet`` could not be built: a bad set id or two rules with the same id.
///
/// ```swift
/// do { _ = try InvariantSet<Cart, Quote>.validated("pricing/quote") { … } }
/// catch { print(error) }   // InvariantSet 'pricing/quote': a set id must not contain '/'
/// ```
public struct InvalidInvariantSet: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id of the set that was being built.
    ///
    /// ```swift
    /// error.setID   // "pricing.quote"
    /// ```
    public let setID: String
    /// What is wrong with it.
    ///
    /// ```swift
    /// error.reason   // "duplicate rule id 'pricing.quote/tax' (2 times); every rule needs its own id"
    /// ```
    public let reason: String

    /// `"InvariantSet 'pricing.quote': duplicate rule id 'pricing.quote/tax' (2 times); …"`.
    ///
    /// ```swift
    /// print(error)   // InvariantSet 'pricing.quote': duplicate rule id 'pricing.quote/tax' (2 times); …
    /// ```
    public var description: String { "InvariantSet '\(setID)': \(reason)" }
}
