/// A group of rules that must all hold; each failing rule is reported on its own.
///
/// At the top of a set it changes nothing; inside ``AnyOf`` it makes one alternative of several rules:
///
/// ```swift
/// AnyOf("priced-or-declined") {
///     AllOf {
///         Expect(\.total, "positive") { $0 > 0 }
///         Expect(\.declined, "not-declined") { !$0 }
///     }
///     Expect(\.declined, "declined") { $0 }
/// }
/// ```
public struct AllOf<Input, Output, Content: InvariantRule>: InvariantRule
where Content.Input == Input, Content.Output == Output {
    @usableFromInline
    var content: Content

    /// Creates a group of rules that must all hold.
    ///
    /// ```swift
    /// AllOf {
    ///     Expect(\.granted, "granted") { $0 }
    ///     Invariant("same-tenant") { request, decision in decision.tenant == request.tenant }
    /// }
    /// ```
    @inlinable
    public init(@InvariantBuilder<Input, Output> _ content: () -> Content) {
        self.content = content()
    }

    /// Appends a ``RuleViolation`` for each selected rule of this node that fails or throws; nothing when all hold.
    ///
    /// ```swift
    /// var violations: [RuleViolation] = []
    /// rule.evaluate(cart, quote, selection: .all, into: &violations)
    /// ```
    @inlinable @inline(__always)
    public func evaluate(
        _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
    ) {
        content.evaluate(input, output, selection: selection, into: &violations)
    }

    /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        try content.holds(input, output)
    }

    /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    public mutating func bind(to binding: inout RuleBinding) {
        content.bind(to: &binding)
    }
}
