extension InvariantRules {
    /// Two rules in sequence: what `buildPartialBlock(accumulated:next:)` returns.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    ///     Expect(\.total, "total-non-negative") { $0 >= 0 }   // Pair(Expect, Expect)
    /// }
    /// ```
    public struct Pair<First: InvariantRule, Second: InvariantRule>: InvariantRule
    where First.Input == Second.Input, First.Output == Second.Output {
        /// The checked function's input type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.Pair over rules of (Cart) -> Quote: Input is Cart
        /// ```
        public typealias Input = First.Input
        /// The checked function's output type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.Pair over rules of (Cart) -> Quote: Output is Quote
        /// ```
        public typealias Output = First.Output

        @usableFromInline
        var first: First
        @usableFromInline
        var second: Second

        @inlinable
        init(_ first: First, _ second: Second) {
            self.first = first
            self.second = second
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
            first.evaluate(input, output, selection: selection, into: &violations)
            second.evaluate(input, output, selection: selection, into: &violations)
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
            first.evaluateAll(&input, &output, selection: selection, into: &failures)
            second.evaluateAll(&input, &output, selection: selection, into: &failures)
        }

        /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
        ///
        /// ```swift
        /// let holds = try rule.holds(cart, quote)
        /// ```
        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            try first.holds(input, output) && second.holds(input, output)
        }

        /// Holds when either side holds; a side that throws only matters when the other does not hold.
        ///
        /// ```swift
        /// let anyHolds = try rule.holdsAny(cart, quote)
        /// ```
        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            let firstError: (any Error)?
            do {
                if try first.holdsAny(input, output) { return true }
                firstError = nil
            } catch {
                firstError = error
            }
            if try second.holdsAny(input, output) { return true }
            if let firstError { throw firstError }
            return false
        }

        /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
        ///
        /// ```swift
        /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
        /// ```
        public mutating func bind(to binding: inout RuleBinding) {
            first.bind(to: &binding)
            second.bind(to: &binding)
        }
    }
}
