extension InvariantRules {
    /// The rules a `for` loop produced when the set was built, one element per iteration.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.limits") {
    ///     for limit in limits { Expect(\.total, "below-\(limit.name)") { $0 <= limit.amount } }   // an Each
    /// }
    /// ```
    public struct Each<Element: InvariantRule>: InvariantRule {
        /// The checked function's input type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.Each over rules of (Cart) -> Quote: Input is Cart
        /// ```
        public typealias Input = Element.Input
        /// The checked function's output type, that of the rules inside.
        ///
        /// ```swift
        /// // InvariantRules.Each over rules of (Cart) -> Quote: Output is Quote
        /// ```
        public typealias Output = Element.Output

        @usableFromInline
        var elements: [Element]

        @inlinable
        init(_ elements: [Element]) {
            self.elements = elements
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
            for element in elements {
                element.evaluate(input, output, selection: selection, into: &violations)
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
            // Read in place like every node (see `InvariantRule.evaluateAll`): through the buffer, not the array's
            // modify accessor, which would test (and could copy) the shared tree's storage.
            elements.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    UnsafeMutablePointer(mutating: buffer.baseAddress.unsafelyUnwrapped + index).pointee.evaluateAll(
                        &input, &output, selection: selection, into: &failures)
                }
            }
        }

        /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
        ///
        /// ```swift
        /// let holds = try rule.holds(cart, quote)
        /// ```
        @inlinable
        public func holds(_ input: Input, _ output: Output) throws -> Bool {
            for element in elements where try !element.holds(input, output) {
                return false
            }
            return true
        }

        /// Whether at least one alternative of this node holds, as ``AnyOf`` asks it.
        ///
        /// ```swift
        /// let anyHolds = try rule.holdsAny(cart, quote)
        /// ```
        @inlinable
        public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
            for element in elements where try element.holdsAny(input, output) {
                return true
            }
            return false
        }

        /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
        ///
        /// ```swift
        /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
        /// ```
        public mutating func bind(to binding: inout RuleBinding) {
            for index in elements.indices {
                elements[index].bind(to: &binding)
            }
        }
    }
}
