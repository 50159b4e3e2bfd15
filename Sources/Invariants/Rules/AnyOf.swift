/// A rule that holds when at least one of its alternatives holds.
///
/// The alternatives are not reported on their own: `AnyOf` is one rule, with its own id.
///
/// ```swift
/// AnyOf("exempt-or-taxed") {
///     Invariant("exempt") { cart, _ in cart.taxExempt }
///     Expect(\.tax, "taxed") { $0 > 0 }
/// }
/// // message when neither holds: "no alternative held (exempt, taxed failed)"
/// ```
public struct AnyOf<Input, Output, Content: InvariantRule>: InvariantRule
where Content.Input == Input, Content.Output == Output {
    /// The alternatives; the storage keeps their ids for the message.
    @usableFromInline
    let content: Content
    @usableFromInline
    var storage: RuleStorage<[String]>

    /// Creates a rule that holds when any alternative in `content` holds.
    ///
    /// ```swift
    /// AnyOf("exempt-or-taxed", severity: .warning, owner: "tax-team") {
    ///     Invariant("exempt") { cart, _ in cart.taxExempt }
    ///     Expect(\.tax, "taxed") { $0 > 0 }
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
        self.storage = .combining("AnyOf", id: id, severity: severity, owner: owner, tags: tags, content: &content)
        self.content = content
    }

    /// The rule's id, severity, owner and tags.
    ///
    /// ```swift
    /// AnyOf("exempt-or-taxed") { … }.descriptor.kind   // "AnyOf"
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
            if try content.holdsAny(input, output) { return }
            storage.report(failure(input, output), into: &violations, selection)
        } catch {
            storage.report(error, into: &violations, selection)
        }
    }

    /// `"no alternative held (denied, same-tenant failed; granted held)"`: the rules inside that failed, and
    /// those that held inside an alternative that failed as a whole (such as one rule of an ``AllOf``).
    /// Runs the alternatives again, on the failure path only.
    @usableFromInline
    func failure(_ input: Input, _ output: Output) -> RuleViolation {
        var failed: [RuleViolation] = []
        content.evaluate(input, output, selection: .all, into: &failed)
        let failedIDs = failed.map(\.ruleID)
        let held = storage.extra.filter { !failedIDs.contains($0) }
        var message = "no alternative held (" + failedIDs.joined(separator: ", ") + " failed"
        if !held.isEmpty { message += "; " + held.joined(separator: ", ") + " held" }
        return RuleViolation(rule: storage.descriptor, message: message + ")")
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
            if try content.holdsAny(input, output) { return }
            storage.fail(failure(input, output), into: &failures, selection)
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
        try content.holdsAny(input, output)
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
