/// Deletes whole spans (a collection element with its "more" flag, a rejected filter attempt), last first.
struct DeleteSpansPass: ShrinkPass {
    private var index: Int?

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        let current = min(index ?? best.spans.count - 1, best.spans.count - 1)
        guard current >= 0 else { return nil }
        index = current - 1
        var candidate = best.choices
        candidate.removeSubrange(best.spans[current])
        return candidate
    }
}
