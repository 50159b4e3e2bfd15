/// Deletes one span and moves every integer after it one step toward its anchor: when integers are
/// positions in the value (indices into a list, references to earlier elements), deleting an element only
/// keeps the value meaningful if the positions after it shift down too. First spans first.
struct DeleteAndShiftPass: ShrinkPass {
    private var index = 0

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        while index < best.spans.count {
            let span = best.spans[index]
            index += 1
            var candidate = best.choices
            var shifted = false
            for node in best.integers where node.start >= span.upperBound {
                guard let value = node.value(in: candidate), value != node.anchor else { continue }
                let moved = value > node.anchor ? value - 1 : value + 1
                if let replaced = node.replacing(with: moved, in: candidate) {
                    candidate = replaced
                    shifted = true
                }
            }
            guard shifted, span.upperBound <= candidate.count else { continue }
            candidate.removeSubrange(span)
            return candidate
        }
        return nil
    }
}
