/// A rule relating a function's input to its output.
///
/// ```swift
/// Invariant("total-covers-lines", severity: .critical) { cart, quote in
///     quote.total >= cart.lines.reduce(0) { $0 + $1.unitPrice * Decimal($1.quantity) }
/// }
/// Invariant("currency-preserved", message: { cart, quote in "\(cart.currency) became \(quote.currency)" }) {
///     cart, quote in quote.currency == cart.currency
/// }
/// ```
///
/// The predicate may throw; a thrown error is reported as a rule error, never rethrown to the caller.
/// Without a `message`, the violation says "does not hold": the record's input and output snapshots
/// (redacted) show the values, so a secret in them cannot leak through the message.
public struct Invariant<Input, Output>: InvariantRule {
    @usableFromInline
    let predicate: @Sendable (Input, Output) throws -> Bool
    @usableFromInline
    var storage: RuleStorage<(@Sendable (Input, Output) -> String)?>

    /// Creates a rule that holds when `predicate` returns `true`.
    ///
    /// - Parameters:
    ///   - id: The rule's id, unique within its set; it must not contain `/`.
    ///   - severity: How serious a violation is; `.error` by default.
    ///   - owner: Who to ask about the rule.
    ///   - tags: Free-form tags for routing and reports.
    ///   - message: Renders the violation message; called only when the rule fails.
    ///   - predicate: Returns `true` when the output is right for the input.
    ///
    /// ```swift
    /// Invariant("no-cross-tenant-grant", severity: .critical, owner: "identity-team", tags: ["tenancy"]) {
    ///     request, decision in !decision.granted || decision.tenant == request.tenant
    /// }
    /// ```
    public init(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        message: (@Sendable (Input, Output) -> String)? = nil,
        _ predicate: @escaping @Sendable (Input, Output) throws -> Bool
    ) {
        let descriptor = RuleDescriptor(ruleID: id, severity: severity, owner: owner, tags: tags, kind: "Invariant")
        self.predicate = predicate
        self.storage = RuleStorage(descriptor, message)
    }

    /// The rule's id, severity, owner and tags.
    ///
    /// ```swift
    /// let rule = Invariant<Cart, Quote>("currency-preserved") { cart, quote in quote.currency == cart.currency }
    /// rule.descriptor.severity   // .error
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
            if try predicate(input, output) { return }
            storage.report(failure(input, output), into: &violations, selection)
        } catch {
            storage.report(error, into: &violations, selection)
        }
    }

    @usableFromInline
    func failure(_ input: Input, _ output: Output) -> RuleViolation {
        RuleViolation(rule: storage.descriptor, message: storage.extra?(input, output) ?? "does not hold")
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
            if try predicate(input, output) { return }
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
        try predicate(input, output)
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
