/// A group of rules that apply only when a condition on the call holds.
///
/// ```swift
/// When({ cart, _ in cart.taxExempt }) {
///     Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
/// }
/// ```
///
/// The condition is evaluated on every checked call. (A Swift `if` inside the builder, by contrast,
/// is evaluated once, when the set is built: use it for configuration.)
public struct When<Input, Output, Content: InvariantRule>: InvariantRule
where Content.Input == Input, Content.Output == Output {
    @usableFromInline
    let condition: @Sendable (Input, Output) -> Bool
    @usableFromInline
    var content: Content
    /// The severities of the rules inside, and their ordinals: when a call selects none of them, the
    /// condition (user code) is not even run.
    @usableFromInline
    var contentSeverities: UInt8 = 0b1111
    @usableFromInline
    var contentOrdinals: Range<Int> = 0..<0

    /// Creates a group whose rules are checked only when `condition` returns `true`.
    ///
    /// ```swift
    /// When({ cart, _ in cart.taxExempt }) {
    ///     Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
    /// }
    /// ```
    @inlinable
    public init(
        _ condition: @escaping @Sendable (Input, Output) -> Bool,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) {
        self.condition = condition
        self.content = content()
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
        guard selection.admitsAny(severityMask: contentSeverities, ordinals: contentOrdinals) else { return }
        guard condition(input, output) else {
            selection.uncount(contentOrdinals)
            return
        }
        content.evaluate(input, output, selection: selection, into: &violations)
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
        _ input: inout Input, _ output: inout Output, selection: RuleSelection, into failures: inout [RuleViolation]?
    ) {
        guard condition(input, output) else {
            selection.uncount(contentOrdinals)
            return
        }
        content.evaluateAll(&input, &output, selection: selection, into: &failures)
    }

    /// A `When` whose condition is false holds vacuously.
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        guard condition(input, output) else { return true }
        return try content.holds(input, output)
    }

    /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    public mutating func bind(to binding: inout RuleBinding) {
        let start = binding.descriptors.count
        content.bind(to: &binding)
        let inside = binding.descriptors[start...]
        contentSeverities = inside.reduce(0) { $0 | $1.severity.bit }
        contentOrdinals = start..<binding.descriptors.count
    }
}
