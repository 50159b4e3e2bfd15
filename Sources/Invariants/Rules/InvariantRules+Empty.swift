extension InvariantRules {
    /// The rules of an empty block: there are none, so every check passes.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.placeholder") {}   // holds for every call
    /// ```
    public struct Empty<Input, Output>: InvariantRule {
        /// Creates an empty group.
        ///
        /// ```swift
        /// let nothing = InvariantRules.Empty<Cart, Quote>()
        /// ```
        @inlinable
        public init() {}

        /// Appends a ``RuleViolation`` for each selected rule of this node that fails or throws; nothing when all hold.
        ///
        /// ```swift
        /// var violations: [RuleViolation] = []
        /// rule.evaluate(cart, quote, selection: .all, into: &violations)
        /// ```
        @inlinable
        public func evaluate(_: Input, _: Output, selection _: RuleSelection, into _: inout [RuleViolation]) {}

        /// Nothing to evaluate.
        ///
        /// ```swift
        /// var failures: [RuleViolation]? = nil
        /// InvariantRules.Empty<Cart, Quote>().evaluateAll(&cart, &quote, selection: .all, into: &failures)
        /// ```
        @inlinable
        public mutating func evaluateAll(
            _: inout Input, _: inout Output, selection _: RuleSelection, into _: inout [RuleViolation]?
        ) {
        }

        /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
        ///
        /// ```swift
        /// let holds = try rule.holds(cart, quote)
        /// ```
        @inlinable
        public func holds(_: Input, _: Output) -> Bool { true }

        /// An empty group offers no alternative.
        ///
        ///
        /// ```swift
        /// try InvariantRules.Empty<Cart, Quote>().holdsAny(cart, quote)   // false
        /// ```
        /// ```swift
        /// let anyHolds = try rule.holdsAny(cart, quote)
        /// ```
        @inlinable
        public func holdsAny(_: Input, _: Output) -> Bool { false }

        /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
        ///
        /// ```swift
        /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
        /// ```
        public mutating func bind(to _: inout RuleBinding) {}
    }
}
