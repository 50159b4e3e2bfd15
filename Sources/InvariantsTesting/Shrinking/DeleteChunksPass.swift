/// Deletes `size` consecutive choices, last first; optionally also decrements the choice before the chunk
/// (a size or a count that announced the deleted choices). A candidate the generator runs out of choices on
/// is dropped unrun.
struct DeleteChunksPass: ShrinkPass {
    let size: Int
    let decrementPrevious: Bool
    private var index: Int?

    /// A chunk deletion that leaves the generator short of choices cut a value's structure mid-way; its
    /// zero-completed value is a zeroing pass's candidate, not a deletion.
    var completesWithZeros: Bool { false }

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
