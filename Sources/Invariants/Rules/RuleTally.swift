public import Synchronization

/// One guarded function's rule counts: per rule of its set, how often a check evaluated it, how often
/// it failed and how often it threw. Counting is a relaxed atomic add into a slot found by the rule's
/// ordinal: no lookup, no lock, no allocation.
///
/// A check that selects every rule (the common case) counts once for the call, in the last slot, instead
/// of once per rule: a rule's evaluations are its own slot plus that count. A ``When`` whose condition is
/// false on such a call subtracts one from each of its rules' slots, so the sum stays exact.
///
/// Each guarded function of a monitor has its own tally, so two monitors guarding one set never mix
/// their counts. Read through ``InvariantMonitor/ruleHealth``.
@usableFromInline
final class RuleTally: @unchecked Sendable {
    /// Which row of the tally a count goes to.
    @usableFromInline
    enum Kind: Int {
        case evaluated = 0
        case failed = 1
        case errored = 2
    }

    /// `3 × ruleCount + 1` atomics: the evaluated row, then the failed row, then the errored row, then the
    /// calls that evaluated every rule.
    @usableFromInline
    let slots: UnsafeMutablePointer<Atomic<Int>>
    /// The number of rules counted, in the guarded set's ordinal order.
    @usableFromInline
    let ruleCount: Int

    init(ruleCount: Int) {
        self.ruleCount = ruleCount
        slots = .allocate(capacity: 3 * ruleCount + 1)
        for index in 0...3 * ruleCount { (slots + index).initialize(to: Atomic(0)) }
    }

    deinit {
        slots.deinitialize(count: 3 * ruleCount + 1)
        slots.deallocate()
    }

    /// The `kind` count of the rule at `ordinal`.
    func value(_ kind: Kind, ordinal: Int) -> Int {
        let own = slots[kind.rawValue * ruleCount + ordinal].load(ordering: .relaxed)
        return kind == .evaluated ? own + slots[3 * ruleCount].load(ordering: .relaxed) : own
    }
}
