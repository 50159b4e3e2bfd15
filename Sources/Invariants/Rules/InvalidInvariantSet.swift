/// Why an ``InvariantSet`` could not be built: a bad set id or two rules with the same id.
public struct InvalidInvariantSet: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id of the set that was being built.
    public let setID: String
    /// What is wrong with it.
    public let reason: String

    /// `"InvariantSet 'pricing.quote': duplicate rule id 'pricing.quote/tax' (2 times); …"`.
    public var description: String { "InvariantSet '\(setID)': \(reason)" }
}
