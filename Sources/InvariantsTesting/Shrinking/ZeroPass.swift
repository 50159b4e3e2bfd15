/// Sets spans (after their first choice), then chunks of `size` choices, to zero (the simplest value of each
/// choice).
struct ZeroPass: ShrinkPass {
    let size: Int
    private var spanIndex = 0
    private var index = 0

    init(size: Int) {
        self.size = size
    }

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        while spanIndex < best.spans.count {
            // A span's first choice is often the flag that announced it ("one more element"): zeroing it
            // would cut the collection there, which the deletion passes already tried, so it is kept.
            let whole = best.spans[spanIndex]
            let span = whole.count > 1 ? whole.dropFirst() : whole
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
