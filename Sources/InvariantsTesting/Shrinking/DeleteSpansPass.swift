/// Deletes whole spans (a collection element with its "more" flag, a rejected filter attempt), last first.
/// Deletion is adaptive (after Hypothesis' `find_integer`): after a deletion is accepted the next one takes
/// twice as many adjacent spans, so a long failing list loses most of its elements in a few evaluations;
/// after a rejected block it falls back to one span.
struct DeleteSpansPass: ShrinkPass {
    private var index: Int?
    private var block = 1
    private var last: (index: Int, first: Int, count: Int)?

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        let spans = best.spans
        let current = min(index ?? spans.count - 1, spans.count - 1)
        guard current >= 0 else { return nil }
        var lower = spans[current].lowerBound
        var first = current
        var taken = 1
        var candidateIndex = current - 1
        while taken < block, candidateIndex >= 0 {
            if spans[candidateIndex].upperBound == lower {
                lower = spans[candidateIndex].lowerBound
                first = candidateIndex
                taken += 1
            } else if spans[candidateIndex].upperBound < lower {
                break
            }
            candidateIndex -= 1
        }
        last = (current, first, taken)
        var candidate = best.choices
        candidate.removeSubrange(lower..<spans[current].upperBound)
        return candidate
    }

    mutating func feedback(accepted: Bool) {
        guard let last else { return }
        if accepted {
            index = last.first - 1
            block = last.count * 2
        } else if last.count > 1 {
            index = last.index
            block = 1
        } else {
            index = last.index - 1
        }
    }
}
