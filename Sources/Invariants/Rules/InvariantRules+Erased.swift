extension InvariantRules {
    /// Rules behind `if #available`: their type is erased, so they cost one dynamic call.
    public struct Erased<Input, Output>: InvariantRule {
        @usableFromInline
        var rule: any InvariantRule<Input, Output>

        @inlinable
        init(_ rule: some InvariantRule<Input, Output>) {
            self.rule = rule
        }

        @inlinable
        public func evaluate(
            _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
        ) {
            rule.evaluate(input, output, selection: selection, into: &violations)
        }

        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            try rule.holds(input, output)
        }

        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            try rule.holdsAny(input, output)
        }

        public mutating func bind(to binding: inout RuleBinding) {
            rule.bind(to: &binding)
        }
    }
}
