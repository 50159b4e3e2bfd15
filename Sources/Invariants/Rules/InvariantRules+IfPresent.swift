extension InvariantRules {
    /// The rules of an `if` without `else`: present when the condition held as the set was built.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if strictCurrencies { Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency } }
    /// }
    /// ```
    public struct IfPresent<Wrapped: InvariantRule>: InvariantRule {
        /// The checked function's input type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.IfPresent over rules of (Cart) -> Quote: Input is Cart
        /// ```
        public typealias Input = Wrapped.Input
        /// The checked function's output type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.IfPresent over rules of (Cart) -> Quote: Output is Quote
        /// ```
        public typealias Output = Wrapped.Output

        @usableFromInline
        var wrapped: Wrapped?

        @inlinable
        init(_ wrapped: Wrapped?) {
            self.wrapped = wrapped
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
            wrapped?.evaluate(input, output, selection: selection, into: &violations)
        }

        /// Appends a ``RuleViolation`` for each rule of this node that fails or throws, on a check that selected
        /// every rule; `failures` stays `nil` when all hold.
        ///
        /// ```swift
        /// var failures: [RuleViolation]? = nil
        /// rule.evaluateAll(&cart, &quote, selection: .all, into: &failures)
        /// ```
        @inlinable @inline(__always)
        public mutating func evaluateAll(
            _ input: inout Input, _ output: inout Output, selection: RuleSelection,
            into failures: inout [RuleViolation]?
        ) {
            wrapped?.evaluateAll(&input, &output, selection: selection, into: &failures)
        }

        /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
        ///
        /// ```swift
        /// let holds = try rule.holds(cart, quote)
        /// ```
        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            try wrapped?.holds(input, output) ?? true
        }

        /// Whether at least one alternative of this node holds, as ``AnyOf`` asks it.
        ///
        /// ```swift
        /// let anyHolds = try rule.holdsAny(cart, quote)
        /// ```
        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            try wrapped?.holdsAny(input, output) ?? false
        }

        /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
        ///
        /// ```swift
        /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
        /// ```
        public mutating func bind(to binding: inout RuleBinding) {
            wrapped?.bind(to: &binding)
        }
    }
}
