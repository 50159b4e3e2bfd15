/// What a rule keeps besides its predicate, behind a single reference: the selection gate, the
/// descriptor, and whatever else the rule needs (the field to read, how to render its message).
///
/// A rule node is then its predicate plus one pointer, so a rule tree stays a few words per rule that
/// the specialised check reads in place: no level of the tree copies strings, arrays or closures. The
/// predicate stays in the node itself, typed with the node's generic parameters, so calling it needs
/// no reabstraction thunk.
@usableFromInline
final class RuleStorage<Extra: Sendable>: Sendable {
    @usableFromInline
    let gate: RuleGate
    @usableFromInline
    let descriptor: RuleDescriptor
    @usableFromInline
    let extra: Extra

    @usableFromInline
    init(_ descriptor: RuleDescriptor, _ extra: Extra) {
        self.gate = RuleGate(descriptor)
        self.descriptor = descriptor
        self.extra = extra
    }

    /// The same rule, bound into a set: full id and ordinal assigned.
    func bound(to binding: inout RuleBinding) -> RuleStorage {
        var descriptor = descriptor
        binding.register(&descriptor)
        return RuleStorage(descriptor, extra)
    }

    /// Whether `selection` asks for this rule; when it does and the check counts, one more evaluation.
    @inlinable @inline(__always)
    func admits(_ selection: RuleSelection) -> Bool {
        guard gate.admits(selection) else { return false }
        if !selection.precounted { selection.count(.evaluated, ordinal: gate.ordinal) }
        return true
    }

    /// Appends a violation, out of line so the passing path stays small.
    @usableFromInline @inline(never)
    func report(_ violation: RuleViolation, into violations: inout [RuleViolation], _ selection: RuleSelection) {
        selection.count(.failed, ordinal: gate.ordinal)
        violations.append(violation)
    }

    /// Records a failure on the fast path (``InvariantRule/evaluateAll(_:_:selection:into:)``), out of line.
    @usableFromInline @inline(never)
    func fail(_ violation: RuleViolation, into failures: inout [RuleViolation]?, _ selection: RuleSelection) {
        selection.count(.failed, ordinal: gate.ordinal)
        failures = (failures ?? []) + CollectionOfOne(violation)
    }

    /// Records a rule error on the fast path, out of line.
    @usableFromInline @inline(never)
    func fail(_ error: any Error, into failures: inout [RuleViolation]?, _ selection: RuleSelection) {
        selection.count(.errored, ordinal: gate.ordinal)
        failures = (failures ?? []) + CollectionOfOne(RuleViolation(rule: descriptor, error: error))
    }

    /// Appends a rule error, out of line so the passing path stays small.
    @usableFromInline @inline(never)
    func report(_ error: any Error, into violations: inout [RuleViolation], _ selection: RuleSelection) {
        selection.count(.errored, ordinal: gate.ordinal)
        violations.append(RuleViolation(rule: descriptor, error: error))
    }
}

extension RuleStorage where Extra == [String] {
    /// The storage of a rule made of other rules (``AnyOf``, ``Not``): binds `content` on its own, so its
    /// rules get ids for the message without being listed in the enclosing set.
    static func combining<Content: InvariantRule>(
        _ kind: String,
        id: String,
        severity: Severity,
        owner: String?,
        tags: [String],
        content: inout Content
    ) -> RuleStorage {
        var descriptor = RuleDescriptor(ruleID: id, severity: severity, owner: owner, tags: tags, kind: kind)
        var inner = RuleBinding(setID: id)
        content.bind(to: &inner)
        if inner.descriptors.isEmpty {
            descriptor.problem =
                descriptor.problem
                ?? "\(kind) '\(id)': has no rules (an empty block, a false `if` or an empty `for`), so it would "
                + "fail on every call; give it at least one rule"
        }
        descriptor.problem = descriptor.problem ?? inner.descriptors.lazy.compactMap(\.problem).first
        return RuleStorage(descriptor, inner.descriptors.map(\.ruleID))
    }
}
