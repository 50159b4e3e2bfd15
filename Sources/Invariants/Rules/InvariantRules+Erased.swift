extension InvariantRules {
    /// Rules behind `if #available`: their type is erased, so they cost one dynamic call.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if #available(macOS 15, *) { Expect(\.tax, "tax-non-negative") { $0 >= 0 } }   // an Erased
    /// }
    /// ```
    public struct Erased<Input, Output>: InvariantRule {
        @usableFromInline
        var rule: any InvariantRule<Input, Output>

        @inlinable
        init(_ rule: some InvariantRule<Input, Output>) {
            self.rule = rule
        }

        /// Appends a ``RuleViolation`` for each selected rule of this node that fails or throws; nothing when all hold.
        ///
        /// ```swift
        /// var violations: [RuleViolation] = []
        /// rule.evaluate(cart, quote, selection: .all, into: &violations)
        /// ```
        @inlinable
        public func evaluate(
            _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
        ) {
            rule.evaluate(input, output, selection: selection, into: &violations)
        }

        /// Appends a ``RuleViolation`` for each rule of this node that fails or throws, on a check that selected
        /// every rule; `failures` stays `nil` when all hold.
        ///
        /// ```swift
        /// var failures: [RuleViolation]? = nil
        /// rule.evaluateAll(&cart, &quote, selection: .all, into: &failures)
        /// ```
        @inlinable
        public mutating func evaluateAll(
            _ input: inout Input, _ output: inout Output, selection: RuleSelection,
            into failures: inout [RuleViolation]?
        ) {
            rule.evaluateAll(&input, &output, selection: selection, into: &failures)
        }

        /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
        ///
        /// ```swift
        /// let holds = try rule.holds(cart, quote)
        /// ```
        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            try rule.holds(input, output)
        }

        /// Whether at least one alternative of this node holds, as ``AnyOf`` asks it.
        ///
        /// ```swift
        /// let anyHolds = try rule.holdsAny(cart, quote)
        /// ```
        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            try rule.holdsAny(input, output)
        }

        /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
        ///
        /// ```swift
        /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
        /// ```
        public mutating func bind(to binding: inout RuleBinding) {
            rule.bind(to: &binding)
        }
    }
}
