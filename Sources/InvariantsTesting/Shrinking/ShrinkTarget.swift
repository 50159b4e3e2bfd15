/// A failing choice sequence, its structural spans (collection elements, filter attempts) and where its
/// integers are (so passes can move integer *values*, not only raw choices).
struct ShrinkTarget: Sendable {
    var choices: [UInt64]
    var spans: [Range<Int>]
    var integers: [IntegerNode]
    /// The bound of each choice when it was drawn (empty when unknown).
    var bounds: [UInt64]

    init(choices: [UInt64], spans: [Range<Int>], integers: [IntegerNode] = [], bounds: [UInt64] = []) {
        self.choices = choices
        self.bounds = bounds
        self.spans = spans.sorted { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        self.integers = integers
    }

    init(_ context: GenContext) {
        self.init(
            choices: context.choices, spans: context.spans, integers: context.integerNodes, bounds: context.bounds
        )
    }

    /// True when `candidate` has this target's length and a choice above the bound drawn at its position:
    /// the generator would clamp it, so it decodes to a value another candidate already covers.
    func exceedsBounds(_ candidate: [UInt64]) -> Bool {
        guard candidate.count == choices.count, bounds.count == choices.count else { return false }
        for index in candidate.indices where candidate[index] > bounds[index] { return true }
        return false
    }

    /// Shortlex order: a shorter sequence is simpler; at equal length, the lexicographically smaller one.
    static func isSimpler(_ lhs: [UInt64], than rhs: [UInt64]) -> Bool {
        if lhs.count != rhs.count { return lhs.count < rhs.count }
        for (left, right) in zip(lhs, rhs) where left != right { return left < right }
        return false
    }
}
