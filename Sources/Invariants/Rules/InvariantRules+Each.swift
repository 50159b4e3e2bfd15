extension InvariantRules {
    /// The rules a `for` loop produced when the set was built, one element per iteration.
    public struct Each<Element: InvariantRule>: InvariantRule {
        public typealias Input = Element.Input
        public typealias Output = Element.Output

        @usableFromInline
        var elements: [Element]

        @inlinable
        init(_ elements: [Element]) {
            self.elements = elements
        }

        @inlinable @inline(__always)
        public func evaluate(
            _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
        ) {
            for element in elements {
                element.evaluate(input, output, selection: selection, into: &violations)
            }
        }

        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            for element in elements where try !element.holds(input, output) {
                return false
            }
            return true
        }

        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            for element in elements where try element.holdsAny(input, output) {
                return true
            }
            return false
        }

        public mutating func bind(to binding: inout RuleBinding) {
            for index in elements.indices {
                elements[index].bind(to: &binding)
            }
        }
    }
}
