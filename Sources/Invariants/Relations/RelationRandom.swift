/// The random numbers a ``Metamorphic`` relation's transform draws from: a SplitMix64 stream fixed by its
/// ``RelationSeed``, so the same seed gives the same transformed input, in production and in a replay.
///
/// ```swift
/// Metamorphic<Cart, Quote>("order-independent", seededTransform: { cart, random in
///     var reordered = cart
///     reordered.lines.shuffle(using: &random)
///     return reordered
/// }) { original, reordered in original.output.total == reordered.output.total }
/// ```
public struct RelationRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A stream starting from `seed`.
    ///
    /// ```swift
    /// var random = RelationRandom(seed: RelationSeed(42))
    /// [1, 2, 3].shuffled(using: &random)   // the same order for seed 42, every time
    /// ```
    public init(seed: RelationSeed) {
        state = seed.value
    }

    /// The next 64 random bits.
    ///
    /// ```swift
    /// var random = RelationRandom(seed: RelationSeed(1))
    /// random.next()   // always the same first value for seed 1
    /// ```
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
