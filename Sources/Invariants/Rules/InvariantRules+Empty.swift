extension InvariantRules {
    /// The rules of an empty block: there are none, so every check passes.
    public struct Empty<Input, Output>: InvariantRule {
        /// Creates an empty group.
        @inlinable
        public init() {}

        @inlinable
        public func evaluate(_: Input, _: Output, selection _: RuleSelection, into _: inout [RuleViolation]) {}

        @inlinable
        public func holds(_: Input, _: Output) -> Bool { true }

        /// An empty group offers no alternative.
        @inlinable
        public func holdsAny(_: Input, _: Output) -> Bool { false }

        public mutating func bind(to _: inout RuleBinding) {}
    }
}
