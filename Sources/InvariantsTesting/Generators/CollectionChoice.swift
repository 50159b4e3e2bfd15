/// How collections draw their sizes and distinct elements.
enum CollectionChoice {
    static func unique<Item, Key: Hashable>(
        _ count: ClosedRange<Int>, _ context: GenContext, key: (Item) -> Key, _ draw: () throws -> Item
    ) throws -> [Item] {
        precondition(count.lowerBound >= 0, "count must not be negative")
        var items: [Item] = []
        var seen: Set<Key> = []
        let target = context.isProposing ? proposeCount(count, context) : 0
        var attempts = 0
        let maxAttempts = count.upperBound > 1_000_000 ? Int.max : count.upperBound * 4 + 100
        while items.count < count.upperBound {
            attempts += 1
            if attempts > maxAttempts {
                if items.count >= count.lowerBound { break }
                if !context.isRandom { throw GenerationAbort.invalid }
                throw GenerationAbort.gaveUp(
                    "could not draw \(count.lowerBound) distinct values in \(maxAttempts) attempts; "
                        + "the element generator has too few distinct values for count \(count)"
                )
            }
            let start = context.choices.count
            if items.count >= count.lowerBound {
                let more = try context.choose(upTo: 1) { items.count < target ? 1 : 0 }
                if more == 0 { break }
            }
            let item = try draw()
            context.recordSpan(from: start)
            if seen.insert(key(item)).inserted { items.append(item) }
        }
        return items
    }

    /// The random size: often the smallest allowed, one more, or the largest, otherwise small and growing
    /// with `size`.
    static func proposeCount(_ count: ClosedRange<Int>, _ context: GenContext) -> Int {
        let lower = count.lowerBound
        let span = count.upperBound - lower
        guard span > 0 else { return lower }
        let roll = context.random(upTo: 99)
        if roll < 10 { return lower }
        if roll < 15 { return lower + 1 }
        if roll < 20 && span <= 100 { return count.upperBound }
        let cap = max(2, Int((Double(min(span, 40)) * context.size).rounded(.up)))
        return lower + Int(context.random(upTo: UInt64(min(span, cap))))
    }
}
