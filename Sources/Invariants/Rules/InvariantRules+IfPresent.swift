extension InvariantRules {
    /// The rules of an `if` without `else`: present when the condition held as the set was built.
    public struct IfPresent<Wrapped: InvariantRule>: InvariantRule {
        public typealias Input = Wrapped.Input
        public typealias Output = Wrapped.Output

        @usableFromInline
        var wrapped: Wrapped?

        @inlinable
        init(_ wrapped: Wrapped?) {
            self.wrapped = wrapped
        }

        @inlinable @inline(__always)
        public func evaluate(
            _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
        ) {
            wrapped?.evaluate(input, output, selection: selection, into: &violations)
        }

        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            try wrapped?.holds(input, output) ?? true
        }

        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            try wrapped?.holdsAny(input, output) ?? false
        }

        public mutating func bind(to binding: inout RuleBinding) {
            wrapped?.bind(to: &binding)
        }
    }
}
