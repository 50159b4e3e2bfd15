/// The outcome of a property body for one value: passed, or failed with a description for the report
/// (e.g. the ids and messages of the rules that broke). `Bool` bodies map `false` onto `.failed`.
///
/// ```swift
/// Property(over: .cart).verify { cart, _ in
///     let outcome = quoteRules.check(cart, PricingEngine.quote(cart))
///     return outcome.violations.isEmpty ? .passed : .failed("\(outcome.violations.map(\.invariantID))")
/// }
/// ```
public enum PropertyVerdict: Sendable, Equatable {
    /// The property holds for this value.
    ///
    /// ```swift
    /// Property(over: .cart).verify { cart, _ in cart.lines.count <= 8 ? .passed : .failed("too many lines") }
    /// ```
    case passed
    /// The property does not hold; the message explains why.
    ///
    /// ```swift
    /// return .failed("total \(quote.total) below the lines' sum")
    /// ```
    case failed(String)

    /// Maps a `Bool` result: `true` passes, `false` fails with "property returned false".
    ///
    /// ```swift
    /// let verdict = PropertyVerdict(1 + 1 == 2)       // .passed
    /// ```
    public init(_ holds: Bool) {
        self = holds ? .passed : .failed("property returned false")
    }
}
