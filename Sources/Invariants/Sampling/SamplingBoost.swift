import Synchronization

/// After a rule is violated, checks it on every call for a while, then falls back to the ratio.
final class SamplingBoost: Sendable {
    let duration: Duration
    /// Whether any boost may be active: read without the lock, so unboosted calls pay one load.
    private let active = Atomic<Bool>(false)
    private let boosts = Mutex<[String: [Int: ContinuousClock.Instant]]>([:])

    init(duration: Duration) {
        precondition(duration > .zero, "Sampler.boosting: the duration must be positive, got \(duration)")
        self.duration = duration
    }

    /// Starts (or extends) the boost of these rules of a set.
    func boost(setID: String, ordinals: [Int], now: ContinuousClock.Instant = .now) {
        guard !ordinals.isEmpty else { return }
        boosts.withLock { boosts in
            for ordinal in ordinals { boosts[setID, default: [:]][ordinal] = now + duration }
        }
        active.store(true, ordering: .releasing)
    }

    /// The ordinals of the set's rules boosted now; expired boosts are forgotten.
    func boostedOrdinals(setID: String) -> [Int] {
        guard active.load(ordering: .acquiring) else { return [] }
        let now = ContinuousClock.now
        return boosts.withLock { boosts in
            guard let rules = boosts[setID] else { return [] }
            let live = rules.filter { $0.value > now }
            boosts[setID] = live.isEmpty ? nil : live
            if boosts.isEmpty { active.store(false, ordering: .releasing) }
            return live.keys.sorted()
        }
    }
}
