public import Synchronization

/// One rule's evaluation counts, kept by the rule itself so that counting costs a relaxed atomic add
/// and no lookup. Read through ``RuleHealth``.
@usableFromInline
final class RuleCounters: Sendable {
    @usableFromInline
    let evaluated = Atomic<Int>(0)
    let failed = Atomic<Int>(0)
    let errored = Atomic<Int>(0)

    @usableFromInline
    init() {}

    @inlinable @inline(__always)
    func noteEvaluated() { evaluated.wrappingAdd(1, ordering: .relaxed) }

    @usableFromInline
    func noteFailed() { failed.wrappingAdd(1, ordering: .relaxed) }

    @usableFromInline
    func noteErrored() { errored.wrappingAdd(1, ordering: .relaxed) }

    /// The counts now, for `rule`.
    func health(of rule: RuleDescriptor) -> RuleHealth {
        RuleHealth(
            rule: rule,
            evaluated: evaluated.load(ordering: .relaxed),
            failed: failed.load(ordering: .relaxed),
            errored: errored.load(ordering: .relaxed)
        )
    }
}
