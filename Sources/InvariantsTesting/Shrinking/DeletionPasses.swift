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

/// Deletes `size` consecutive choices, last first; optionally also decrements the choice before the chunk
/// (a size or a count that announced the deleted choices).
struct DeleteChunksPass: ShrinkPass {
    let size: Int
    let decrementPrevious: Bool
    private var index: Int?

    init(size: Int, decrementPrevious: Bool) {
        self.size = size
        self.decrementPrevious = decrementPrevious
    }

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        var current = min(index ?? best.choices.count - size, best.choices.count - size)
        while current >= 0 {
            defer { current -= 1 }
            if decrementPrevious && (current == 0 || best.choices[current - 1] == 0) { continue }
            index = current - 1
            var candidate = best.choices
            candidate.removeSubrange(current..<current + size)
            if decrementPrevious { candidate[current - 1] -= 1 }
            return candidate
        }
        return nil
    }
}

/// Sets whole spans, then chunks of `size` choices, to zero (the simplest value of each choice).
struct ZeroPass: ShrinkPass {
    let size: Int
    private var spanIndex = 0
    private var index = 0

    init(size: Int) {
        self.size = size
    }

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        while spanIndex < best.spans.count {
            let span = best.spans[spanIndex]
            spanIndex += 1
            if span.upperBound <= best.choices.count, best.choices[span].contains(where: { $0 != 0 }) {
                var candidate = best.choices
                candidate.replaceSubrange(span, with: repeatElement(0, count: span.count))
                return candidate
            }
        }
        while index + size <= best.choices.count {
            let chunk = index..<index + size
            index += 1
            if best.choices[chunk].contains(where: { $0 != 0 }) {
                var candidate = best.choices
                candidate.replaceSubrange(chunk, with: repeatElement(0, count: size))
                return candidate
            }
        }
        return nil
    }
}
