/// A rule on one field of the output.
///
/// The violation message names the field and shows the value that was observed:
///
/// ```swift
/// Expect(\.tax, "tax-non-negative") { $0 >= 0 }      // message: "\Quote.tax was -0.01"
/// ```
///
/// The value of a field whose name looks secret (`token`, `password`, …) is shown as `[Filtered]`.
public struct Expect<Input, Output, Value>: InvariantRule {
    @usableFromInline
    let predicate: @Sendable (Value) throws -> Bool
    @usableFromInline
    var storage: RuleStorage<Field<Output, Value>>

    /// Creates a rule that holds when `predicate` returns `true` for the output's field.
    ///
    /// - Parameters:
    ///   - keyPath: The output field to check.
    ///   - id: The rule's id, unique within its set; it must not contain `/`.
    ///   - severity: How serious a violation is; `.error` by default.
    ///   - owner: Who to ask about the rule.
    ///   - tags: Free-form tags for routing and reports.
    ///   - predicate: Returns `true` when the field's value is right.
    ///
    /// ```swift
    /// Expect(\.tax, "tax-non-negative", severity: .critical, owner: "tax-team", tags: ["tax"]) { $0 >= 0 }
    /// ```
    public init(
        _ keyPath: any KeyPath<Output, Value> & Sendable,
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        _ predicate: @escaping @Sendable (Value) throws -> Bool
    ) {
        let descriptor = RuleDescriptor(ruleID: id, severity: severity, owner: owner, tags: tags, kind: "Expect")
        self.predicate = predicate
        self.storage = RuleStorage(descriptor, Field(keyPath))
    }

    /// The rule's id, severity, owner and tags.
    ///
    /// ```swift
    /// Expect(\.tax, "tax-non-negative") { $0 >= 0 }.descriptor.ruleID   // "tax-non-negative"
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
        let value = storage.extra.read(output)
        do {
            if try predicate(value) { return }
            storage.report(failure(value), into: &violations, selection)
        } catch {
            storage.report(error, into: &violations, selection)
        }
    }

    @usableFromInline
    func failure(_ value: Value) -> RuleViolation {
        RuleViolation(
            rule: storage.descriptor, message: "\(storage.extra.name.text) was \(storage.extra.name.show(value))")
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
        let value = storage.extra.read(output)
        do {
            if try predicate(value) { return }
            storage.fail(failure(value), into: &failures, selection)
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
        try predicate(storage.extra.read(output))
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
