/// A rule that holds when its content does not.
///
/// ```swift
/// Not("suspended-never-granted", severity: .critical) {
///     Invariant("suspended-and-granted") { request, decision in request.user.isSuspended && decision.granted }
/// }
/// // message when the content holds: "held, but must not (suspended-and-granted)"
/// ```
public struct Not<Input, Output, Content: InvariantRule>: InvariantRule
where Content.Input == Input, Content.Output == Output {
    /// The negated rules; the storage keeps their ids for the message.
    @usableFromInline
    let content: Content
    @usableFromInline
    var storage: RuleStorage<[String]>

    /// Creates a rule that holds when `content` does not hold.
    ///
    /// ```swift
    /// Not("suspended-never-granted", severity: .critical, owner: "identity-team") {
    ///     Invariant("suspended-and-granted") { request, decision in request.user.isSuspended && decision.granted }
    /// }
    /// ```
    public init(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) {
        var content = content()
        self.storage = .combining("Not", id: id, severity: severity, owner: owner, tags: tags, content: &content)
        self.content = content
    }

    /// The rule's id, severity, owner and tags.
    ///
    /// ```swift
    /// Not("suspended-never-granted") { … }.descriptor.kind   // "Not"
    /// ```
    public var descriptor: RuleDescriptor { storage.descriptor }

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
        guard storage.admits(selection) else { return }
        do {
            if try !content.holds(input, output) { return }
            storage.report(failure(), into: &violations, selection)
        } catch {
            storage.report(error, into: &violations, selection)
        }
    }

    @usableFromInline
    func failure() -> RuleViolation {
        RuleViolation(
            rule: storage.descriptor, message: "held, but must not (\(storage.extra.joined(separator: ", ")))")
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
        do {
            if try !content.holds(input, output) { return }
            storage.fail(failure(), into: &failures, selection)
        } catch {
            storage.fail(error, into: &failures, selection)
        }
    }

    /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        try !content.holds(input, output)
    }

    /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    public mutating func bind(to binding: inout RuleBinding) {
        storage = storage.bound(to: &binding)
    }
}
