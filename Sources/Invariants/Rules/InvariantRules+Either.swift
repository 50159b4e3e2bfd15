extension InvariantRules {
    /// The branch of an `if`/`else` or `switch` chosen when the set was built.
    public enum Either<First: InvariantRule, Second: InvariantRule>: InvariantRule
    where First.Input == Second.Input, First.Output == Second.Output {
        public typealias Input = First.Input
        public typealias Output = First.Output

        /// The `if` branch was taken.
        case first(First)
        /// The `else` branch was taken.
        case second(Second)

        @inlinable @inline(__always)
        public func evaluate(
            _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
        ) {
            switch self {
            case .first(let rule): rule.evaluate(input, output, selection: selection, into: &violations)
            case .second(let rule): rule.evaluate(input, output, selection: selection, into: &violations)
            }
        }

        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            switch self {
            case .first(let rule): try rule.holds(input, output)
            case .second(let rule): try rule.holds(input, output)
            }
        }

        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            switch self {
            case .first(let rule): try rule.holdsAny(input, output)
            case .second(let rule): try rule.holdsAny(input, output)
            }
        }

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
