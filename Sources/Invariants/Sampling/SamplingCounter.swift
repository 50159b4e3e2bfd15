public import Synchronization

/// Spreads unkeyed calls evenly over the sampling range: a Weyl sequence (the state advances by 2⁶⁴/φ).
///
/// No lock, no clock, no allocation.
@usableFromInline
final class SamplingCounter: Sendable {
    @usableFromInline
    let state: Atomic<UInt64>

    init(seed: UInt64) {
        state = Atomic(seed)
    }

    /// The next value, mixed: one relaxed atomic add, so concurrent callers never draw the same value.
    @usableFromInline
    func next() -> UInt64 {
        let value = state.wrappingAdd(0x9E37_79B9_7F4A_7C15, ordering: .relaxed).newValue
        return SamplingKey.mix(value)
    }

    /// The next value of the sequence itself, with a relaxed load and a relaxed store instead of an atomic add:
    /// no locked instruction on the hot path. Two threads racing here may draw the same value and lose a step,
    /// which only makes those calls' decision the same: harmless for a ratio (over many calls the checked
    /// fraction stays the ratio; the sequence's values spread evenly without mixing), and these calls carry no
    /// request key, whose decision stays exact and deterministic.
    @inlinable @inline(__always)
    func nextUnsynchronized() -> UInt64 {
        let value = state.load(ordering: .relaxed) &+ 0x9E37_79B9_7F4A_7C15
        state.store(value, ordering: .relaxed)
        return value
    }
}
