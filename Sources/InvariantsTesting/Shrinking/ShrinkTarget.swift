/// A failing choice sequence, its structural spans (collection elements, filter attempts) and where its
/// integers are (so passes can move integer *values*, not only raw choices).
struct ShrinkTarget: Sendable {
    var choices: [UInt64]
    var spans: [Range<Int>]
    var integers: [IntegerNode]

    init(choices: [UInt64], spans: [Range<Int>], integers: [IntegerNode] = []) {
        self.choices = choices
        self.spans = spans.sorted { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        self.integers = integers
    }

    init(_ context: GenContext) {
        self.init(choices: context.choices, spans: context.spans, integers: context.integerNodes)
    }

    /// Shortlex order: a shorter sequence is simpler; at equal length, the lexicographically smaller one.
    static func isSimpler(_ lhs: [UInt64], than rhs: [UInt64]) -> Bool {
        if lhs.count != rhs.count { return lhs.count < rhs.count }
        for (left, right) in zip(lhs, rhs) where left != right { return left < right }
        return false
    }
}
