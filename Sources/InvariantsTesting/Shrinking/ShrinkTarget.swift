/// A failing choice sequence and its structural spans (collection elements, filter attempts).
struct ShrinkTarget: Sendable {
    var choices: [UInt64]
    var spans: [Range<Int>]

    init(choices: [UInt64], spans: [Range<Int>]) {
        self.choices = choices
        self.spans = spans.sorted { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
    }

    /// Shortlex order: a shorter sequence is simpler; at equal length, the lexicographically smaller one.
    static func isSimpler(_ lhs: [UInt64], than rhs: [UInt64]) -> Bool {
        if lhs.count != rhs.count { return lhs.count < rhs.count }
        for (left, right) in zip(lhs, rhs) where left != right { return left < right }
        return false
    }
}
