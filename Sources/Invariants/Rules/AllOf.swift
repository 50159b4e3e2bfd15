/// A group of rules that must all hold; each failing rule is reported on its own.
///
/// At the top of a set it changes nothing; inside ``AnyOf`` it makes one alternative of several rules:
///
/// ```swift
/// AnyOf("priced-or-declined") {
///     AllOf {
///         Expect(\.total, "positive") { $0 > 0 }
///         Expect(\.declined, "not-declined") { !$0 }
///     }
///     Expect(\.declined, "declined") { $0 }
/// }
/// ```
public struct AllOf<Input, Output, Content: InvariantRule>: InvariantRule
where Content.Input == Input, Content.Output == Output {
    @usableFromInline
    var content: Content

    /// Creates a group of rules that must all hold.
    @inlinable
    public init(@InvariantBuilder<Input, Output> _ content: () -> Content) {
        self.content = content()
    }

    @inlinable @inline(__always)
    public func evaluate(
        _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
    ) {
        content.evaluate(input, output, selection: selection, into: &violations)
    }

    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        try content.holds(input, output)
    }

    public mutating func bind(to binding: inout RuleBinding) {
        content.bind(to: &binding)
    }
}
