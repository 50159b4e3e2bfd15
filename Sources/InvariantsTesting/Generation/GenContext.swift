/// The source a generator draws its choices from.
///
/// Every value a ``Gen`` produces is decoded from a recorded *choice sequence* (`[UInt64]`, each choice
/// bounded). While searching, choices come from a seeded random source with a bias toward values that find
/// bugs; while shrinking, they are replayed from a smaller sequence. Custom generators use it only to draw
/// from other generators:
///
/// ```swift
/// let cart = Gen<Cart> { draw in
///     Cart(id: try draw(.uuid), lines: try draw(Gen.line.array(count: 1...5)))
/// }
/// ```
public final class GenContext {
    private(set) var isRandom: Bool
    /// How large random collections may grow, from 0 (first cases) to 1.
    private(set) var size: Double
    private var rng: Xoshiro256
    private let prefix: [UInt64]
    private let maxChoices: Int
    private(set) var choices: [UInt64] = []
    /// The bound of each choice (`choose(upTo:)`), so the shrinker can skip candidates that would be clamped.
    private(set) var bounds: [UInt64] = []
    private(set) var spans: [Range<Int>] = []
    private(set) var integerNodes: [IntegerNode] = []
    /// True when a replay drew past the end of its prefix (the value needed choices the sequence lacks).
    private(set) var overran = false
    private var forced: [UInt64] = []
    private var forcedIndex = 0
    private var zeroDepth = 0
    private var integers: [(lower: Int128, upper: Int128, value: Int128)] = []
    private var draws: [(key: String, choices: [UInt64])] = []

    init(random rng: Xoshiro256, size: Double, maxChoices: Int = 20_000) {
        self.isRandom = true
        self.rng = rng
        self.size = size
        self.prefix = []
        self.maxChoices = maxChoices
    }

    /// Makes this context a fresh random case (the runner reuses one context for all random cases, keeping
    /// the capacity of its buffers: no allocation per case).
    func reset(random rng: Xoshiro256, size: Double) {
        precondition(isRandom, "only random contexts are reused")
        self.rng = rng
        self.size = size
        choices.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        integerNodes.removeAll(keepingCapacity: true)
        forced.removeAll(keepingCapacity: true)
        forcedIndex = 0
        zeroDepth = 0
        integers.removeAll(keepingCapacity: true)
        draws.removeAll(keepingCapacity: true)
    }

    init(replaying prefix: [UInt64], maxChoices: Int = 20_000) {
        self.isRandom = false
        self.rng = Xoshiro256(seed: 0)
        self.size = 1
        self.prefix = prefix
        self.maxChoices = maxChoices
    }

    /// Draws a value from another generator.
    ///
    /// ```swift
    /// let pair = Gen<(Int, Int)> { draw in (try draw(.int), try draw(.int)) }
    /// ```
    public func callAsFunction<T>(_ gen: Gen<T>) throws -> T {
        try gen.run(self)
    }

    /// True when random draws should propose a value (not replaying, not forced, not zeroed).
    var isProposing: Bool { isRandom && forcedIndex >= forced.count && zeroDepth == 0 }

    /// True when a replay has consumed its whole prefix (further draws are zeros).
    var isExhausted: Bool { !isRandom && choices.count >= prefix.count }

    /// Draws one choice in `0...bound`; `propose` supplies the random proposal and is called only when proposing.
    func choose(upTo bound: UInt64, _ propose: () -> UInt64 = { 0 }) throws -> UInt64 {
        guard choices.count < maxChoices else { throw GenerationAbort.overrun }
        var raw: UInt64
        if forcedIndex < forced.count {
            raw = forced[forcedIndex]
            forcedIndex += 1
            if forcedIndex == forced.count {
                forced.removeAll(keepingCapacity: true)
                forcedIndex = 0
            }
        } else if isRandom {
            raw = zeroDepth > 0 ? 0 : propose()
        } else if choices.count < prefix.count {
            raw = prefix[choices.count]
        } else {
            raw = 0
            overran = true
        }
        if zeroDepth > 0 { raw = 0 }
        let value = min(raw, bound)
        choices.append(value)
        bounds.append(bound)
        return value
    }

    /// Makes the next draws return `values` (random mode only; ignored while already forcing).
    func force<C: Collection<UInt64>>(_ values: C) {
        guard isProposing, !values.isEmpty else { return }
        forced.append(contentsOf: values)
    }

    /// Makes the next draw return `first`, and the one after `second` if given (no array on the hot path).
    func force(_ first: UInt64, _ second: UInt64? = nil) {
        guard isProposing else { return }
        forced.append(first)
        if let second { forced.append(second) }
    }

    /// Runs `body` with every draw returning 0, the simplest choice (both when searching and replaying).
    func withZeros<T>(_ body: () throws -> T) rethrows -> T {
        zeroDepth += 1
        defer { zeroDepth -= 1 }
        return try body()
    }

    /// Marks `range` of the choice sequence as one structural unit (a collection element, a filter attempt).
    func recordSpan(from start: Int) {
        if start < choices.count { spans.append(start..<choices.count) }
    }

    /// A random value in `0...bound` that is not recorded (distribution decisions only).
    func random(upTo bound: UInt64) -> UInt64 {
        rng.next(upTo: bound)
    }

    /// A random value in `0..<1` that is not recorded.
    func randomUnit() -> Double {
        rng.nextUnit()
    }

    /// True with probability `p` (random mode; always false when replaying).
    func chance(_ p: Double) -> Bool {
        isRandom && rng.nextUnit() < p
    }

    func recordInteger(_ node: IntegerNode) {
        integerNodes.append(node)
    }

    func rememberInteger(_ value: Int128, lower: Int128, upper: Int128) {
        guard isRandom, integers.count < 64 else { return }
        integers.append((lower, upper, value))
    }

    /// A previously drawn integer of the same range, so that duplicates and near-equal pairs appear often.
    func previousInteger(lower: Int128, upper: Int128) -> Int128? {
        var matching = 0
        for entry in integers where entry.lower == lower && entry.upper == upper { matching += 1 }
        guard matching > 0 else { return nil }
        var index = Int(random(upTo: UInt64(matching - 1)))
        for entry in integers where entry.lower == lower && entry.upper == upper {
            if index == 0 { return entry.value }
            index -= 1
        }
        return nil
    }

    /// Remembers the choices of a draw of kind `key` (a string generator), so later draws can repeat it.
    func rememberDraw(_ key: String, from start: Int) {
        guard isRandom, start <= choices.count else { return }
        if draws.count >= 16 { draws.removeFirst() }
        draws.append((key, Array(choices[start...])))
    }

    /// The choices of an earlier draw of kind `key` in this case, if any.
    func earlierDraw(_ key: String) -> [UInt64]? {
        let matching = draws.filter { $0.key == key }
        guard !matching.isEmpty else { return nil }
        return matching[Int(random(upTo: UInt64(matching.count - 1)))].choices
    }
}
