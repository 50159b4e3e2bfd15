/// A rule, or a composition of rules, over a function's input and output.
///
/// You rarely conform to this protocol yourself: ``Invariant``, ``Expect``, ``ForEach``, ``When``,
/// ``AllOf``, ``AnyOf``, ``Not`` and ``InvariantSet`` conform, and ``InvariantBuilder`` composes them
/// into static generic types that the compiler can specialise and inline.
public protocol InvariantRule<Input, Output>: Sendable {
    /// What the checked function takes.
    associatedtype Input
    /// What the checked function returns.
    associatedtype Output

    /// Evaluates the selected rules and appends one ``RuleViolation`` per failed or throwing rule.
    ///
    /// Appends nothing, and allocates nothing, when every rule holds.
    func evaluate(_ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation])

    /// Whether every rule of this node holds. Used by ``AnyOf`` and ``Not``; a rule error is thrown.
    func holds(_ input: Input, _ output: Output) throws -> Bool

    /// Whether any top-level alternative of this node holds. Used by ``AnyOf``.
    func holdsAny(_ input: Input, _ output: Output) throws -> Bool

    /// Gives every rule of the node its full id within a set, and lists its descriptor.
    mutating func bind(to binding: inout RuleBinding)
}

extension InvariantRule {
    /// A single rule or group is one alternative: it holds when all of it holds.
    @inlinable
    public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
        try holds(input, output)
    }
}
