public import Synchronization

/// After a rule is violated, checks it on every call for a while, then falls back to the ratio.
@usableFromInline
final class SamplingBoost: Sendable {
    let duration: Duration
    /// Whether any boost may be active: read without the lock, so unboosted calls pay one load.
    @usableFromInline
    let active = Atomic<Bool>(false)
    private let boosts = Mutex<[String: [Int: ContinuousClock.Instant]]>([:])

    init(duration: Duration) {
        precondition(duration > .zero, "Sampler.boosting: the duration must be positive, got \(duration)")
        self.duration = duration
    }

    /// Whether any boost may be running: one load, so a guard's skipped calls know they need not ask.
    @inlinable @inline(__always)
    var mayBeActive: Bool { active.load(ordering: .acquiring) }

    /// Starts (or extends) the boost of these rules of a set.
    func boost(setID: String, ordinals: [Int], now: ContinuousClock.Instant = .now) {
        guard !ordinals.isEmpty else { return }
        boosts.withLock { boosts in
            for ordinal in ordinals { boosts[setID, default: [:]][ordinal] = now + duration }
        }
        active.store(true, ordering: .releasing)
    }

    /// The ordinals of the set's rules boosted now. Expired boosts of every set are forgotten, so the
    /// `active` flag falls back to `false` once the last boost anywhere has ended.
    func boostedOrdinals(setID: String) -> [Int] {
        guard active.load(ordering: .acquiring) else { return [] }
        let now = ContinuousClock.now
        return boosts.withLock { boosts in
            for (set, rules) in boosts {
                let live = rules.filter { $0.value > now }
                boosts[set] = live.isEmpty ? nil : live
            }
            if boosts.isEmpty { active.store(false, ordering: .releasing) }
            return boosts[setID]?.keys.sorted() ?? []
        }
    }

    /// Whether the rule at this ordinal of the set is boosted now.
    func isBoosted(setID: String, ordinal: Int) -> Bool {
        guard active.load(ordering: .acquiring) else { return false }
        let now = ContinuousClock.now
        return boosts.withLock { boosts in (boosts[setID]?[ordinal]).map { $0 > now } ?? false }
    }
}
