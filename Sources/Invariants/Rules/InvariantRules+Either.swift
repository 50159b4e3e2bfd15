extension InvariantRules {
    /// The branch of an `if`/`else` or `switch` chosen when the set was built.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if euOnly { Expect(\.currency, "eur") { $0 == "EUR" } } else { Expect(\.currency, "known") { !$0.isEmpty } }
    /// }
    /// ```
    public enum Either<First: InvariantRule, Second: InvariantRule>: InvariantRule
    where First.Input == Second.Input, First.Output == Second.Output {
        /// The checked function's input type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.Either over rules of (Cart) -> Quote: Input is Cart
        /// ```
        public typealias Input = First.Input
        /// The checked function's output type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.Either over rules of (Cart) -> Quote: Output is Quote
        /// ```
        public typealias Output = First.Output

        /// The `if` branch was taken.
        ///
        /// ```swift
        /// // the `if` branch of: if euOnly { Expect(\.currency, "eur") { $0 == "EUR" } } else { … }
        /// ```
        case first(First)
        /// The `else` branch was taken.
        ///
        /// ```swift
        /// // the `else` branch of: if euOnly { … } else { Expect(\.currency, "known") { !$0.isEmpty } }
        /// ```
        case second(Second)

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
            switch self {
            case .first(let rule): rule.evaluate(input, output, selection: selection, into: &violations)
            case .second(let rule): rule.evaluate(input, output, selection: selection, into: &violations)
            }
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
            // An enum's payload cannot be reached in place: the chosen branch is evaluated as a copy.
            switch self {
            case .first(var rule): rule.evaluateAll(&input, &output, selection: selection, into: &failures)
            case .second(var rule): rule.evaluateAll(&input, &output, selection: selection, into: &failures)
            }
        }

        /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
        ///
        /// ```swift
        /// let holds = try rule.holds(cart, quote)
        /// ```
        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            switch self {
            case .first(let rule): try rule.holds(input, output)
            case .second(let rule): try rule.holds(input, output)
            }
        }

        /// Whether at least one alternative of this node holds, as ``AnyOf`` asks it.
        ///
        /// ```swift
        /// let anyHolds = try rule.holdsAny(cart, quote)
        /// ```
        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            switch self {
            case .first(let rule): try rule.holdsAny(input, output)
            case .second(let rule): try rule.holdsAny(input, output)
            }
        }

        /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
        ///
        /// ```swift
        /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
        /// ```
        public mutating func bind(to binding: inout RuleBinding) {
            switch self {
            case .first(var rule):
                rule.bind(to: &binding)
                self = .first(rule)
            case .second(var rule):
                rule.bind(to: &binding)
                self = .second(rule)
            }
        }
    }
}
