/// A ratio sampler's skip test, held by a guard so that a call the ratio skips is decided where the guard is
/// called, before the function runs: the request key (one task-local read) or, without one, a step of the
/// guard's own counter; one shift and one compare, and no call into the monitor.
///
/// A guard holds one only when a skipped call can check no rule: its set has no rule of an
/// ``RatioSampler/always(for:)-(Severity...)`` severity or named by ``RatioSampler/always(for:)-(String...)``,
/// and it runs no relation checks (which sample every call themselves). While a ``RatioSampler/boosting(for:)``
/// boost may be running anywhere, every call goes to the sampler, which knows which rules are boosted.
@usableFromInline
struct RatioGate: Sendable {
    /// ``RatioSampler``'s threshold: a call is checked when its 56-bit sample is below it.
    @usableFromInline
    let threshold: UInt64
    /// The sample of calls made outside any request key, one sequence per guard.
    @usableFromInline
    let counter: SamplingCounter
    /// The sampler's boosts, when it has them.
    @usableFromInline
    let boost: SamplingBoost?

    init(threshold: UInt64, counter: SamplingCounter, boost: SamplingBoost?) {
        self.threshold = threshold
        self.counter = counter
        self.boost = boost
    }

    /// A gate that never skips, held by guards that do not sample by ratio.
    static let checksEveryCall = RatioGate(threshold: 1 << 56, counter: SamplingCounter(seed: 0), boost: nil)

    /// This call's sample: the request key's hash (``SamplingKey/current``, read once), else the next value of
    /// the guard's counter.
    @inlinable @inline(__always)
    func sample() -> UInt64 {
        SamplingKey.current ?? counter.nextUnsynchronized()
    }

    /// Whether the ratio skips the call whose sample is `sample`, with no boost that could select a rule.
    @inlinable @inline(__always)
    func skips(_ sample: UInt64) -> Bool {
        sample >> 8 >= threshold && boost?.mayBeActive != true
    }
}
