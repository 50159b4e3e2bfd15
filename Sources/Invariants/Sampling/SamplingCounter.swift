import Synchronization

/// Spreads unkeyed calls evenly over the sampling range: an atomic Weyl sequence, mixed.
///
/// One relaxed atomic add per sampled decision; no lock, no clock, no allocation.
@usableFromInline
final class SamplingCounter: Sendable {
    private let state: Atomic<UInt64>

    init(seed: UInt64) {
        state = Atomic(seed)
    }

    @usableFromInline
    func next() -> UInt64 {
        let value = state.wrappingAdd(0x9E37_79B9_7F4A_7C15, ordering: .relaxed).newValue
        return SamplingKey.mix(value)
    }
}
