extension InvariantRules {
    /// Two rules in sequence: what `buildPartialBlock(accumulated:next:)` returns.
    public struct Pair<First: InvariantRule, Second: InvariantRule>: InvariantRule
    where First.Input == Second.Input, First.Output == Second.Output {
        public typealias Input = First.Input
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

        @inlinable @inline(__always)
        public func evaluate(
            _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
        ) {
            first.evaluate(input, output, selection: selection, into: &violations)
            second.evaluate(input, output, selection: selection, into: &violations)
        }

        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            try first.holds(input, output) && second.holds(input, output)
        }

        /// Holds when either side holds; a side that throws only matters when the other does not hold.
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

        public mutating func bind(to binding: inout RuleBinding) {
            first.bind(to: &binding)
            second.bind(to: &binding)
        }
    }
}
