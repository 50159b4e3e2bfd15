/// Merges two adjacent collections into one: where a span ends with a 0 choice (the "no more elements"
/// flag of an inner collection) and the next span starts with a 1 (the "one more" flag of the outer one),
/// deleting those two choices appends the second collection's elements to the first (`[[a], [b, c]]`
/// becomes `[[a, b, c]]`). Nested collections shrink to one collection this way in a few evaluations.
struct MergeSpansPass: ShrinkPass {
    private var index = 0

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        let spans = best.spans
        while index < spans.count {
            let first = spans[index]
            index += 1
            // Only an element that is itself a collection (it holds element spans of its own) ends in a flag.
            guard first.count >= 2, first.upperBound < best.choices.count, best.choices[first.upperBound - 1] == 0,
                best.choices[first.upperBound] == 1,
                spans.contains(where: { $0.lowerBound == first.upperBound && $0.count >= 2 }),
                spans.contains(where: { $0.lowerBound > first.lowerBound && $0.upperBound < first.upperBound })
            else { continue }
            var candidate = best.choices
            candidate.removeSubrange(first.upperBound - 1...first.upperBound)
            return candidate
        }
        return nil
    }
}
