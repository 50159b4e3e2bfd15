/// Shrinks two equal spans the same way at once: a value drawn as a repeat of an earlier one (a tenant id
/// and its case-flipped twin, a duplicated collection element) only keeps failing while both copies stay
/// equal, so deleting or lowering one copy alone is always rejected. For each pair of equal, disjoint spans
/// (at most 16 pairs), deletes the same chunk of 2, then 1, choices from both, last first, then lowers each
/// choice in both together.
struct TwinSpansPass: ShrinkPass {
    private enum Step {
        case delete(size: Int, offset: Int)
        case lower(offset: Int)
    }

    private var pairIndex = 0
    private var step: Step?
    private var search: DecrementSearch?

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        let pairs = Self.twins(best)
        while pairIndex < pairs.count {
            let (first, second) = pairs[pairIndex]
            let length = first.count
            switch step ?? .delete(size: 2, offset: length - 2) {
            case .delete(let size, let offset):
                guard offset >= 0 else {
                    step = size > 1 ? .delete(size: size - 1, offset: length - size + 1) : .lower(offset: 0)
                    continue
                }
                step = .delete(size: size, offset: offset - 1)
                var candidate = best.choices
                candidate.removeSubrange(second.lowerBound + offset..<second.lowerBound + offset + size)
                candidate.removeSubrange(first.lowerBound + offset..<first.lowerBound + offset + size)
                return candidate
            case .lower(let offset):
                guard offset < length else {
                    pairIndex += 1
                    step = nil
                    continue
                }
                let value = best.choices[first.lowerBound + offset]
                if search == nil {
                    guard value > 0 else {
                        step = .lower(offset: offset + 1)
                        continue
                    }
                    search = DecrementSearch(maximum: value)
                }
                guard let amount = search?.nextDecrement() else {
                    search = nil
                    step = .lower(offset: offset + 1)
                    continue
                }
                var candidate = best.choices
                candidate[first.lowerBound + offset] -= min(amount, value)
                candidate[second.lowerBound + offset] -= min(amount, candidate[second.lowerBound + offset])
                return candidate
            }
        }
        return nil
    }

    mutating func feedback(accepted: Bool) {
        search?.feedback(accepted: accepted)
    }

    /// Disjoint pairs of spans with equal, non-trivial contents, in order.
    private static func twins(_ best: ShrinkTarget) -> [(Range<Int>, Range<Int>)] {
        let spans = best.spans.prefix(64).filter { $0.count >= 2 && $0.upperBound <= best.choices.count }
        var pairs: [(Range<Int>, Range<Int>)] = []
        for (index, first) in spans.enumerated() {
            for second in spans[(index + 1)...] where second.lowerBound >= first.upperBound {
                guard second.count == first.count, best.choices[first] == best.choices[second] else { continue }
                pairs.append((first, second))
                if pairs.count == 16 { return pairs }
            }
        }
        return pairs
    }
}
