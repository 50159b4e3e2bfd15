extension Gen {
    /// Arrays of this generator's values with a size in `count`; shrinks by deleting and simplifying elements.
    ///
    /// Repeated elements are drawn often (a copy of an earlier element), as are the smallest and largest sizes.
    ///
    /// ```swift
    /// let scores = Gen.int(in: 0...100).array(count: 0...20)
    /// ```
    public func array(count: ClosedRange<Int> = 0...20) -> Gen<[Value]> {
        precondition(count.lowerBound >= 0, "count must not be negative")
        return Gen<[Value]> { context in
            var elements: [Value] = []
            var elementChoices: [Range<Int>] = []
            let target = context.isProposing ? CollectionChoice.proposeCount(count, context) : 0
            while elements.count < count.upperBound {
                let start = context.choices.count
                if elements.count >= count.lowerBound {
                    let more = try context.choose(upTo: 1) { elements.count < target ? 1 : 0 }
                    if more == 0 { break }
                }
                let elementStart = context.choices.count
                if context.isProposing, !elementChoices.isEmpty, context.chance(0.2) {
                    let source = elementChoices[Int(context.random(upTo: UInt64(elementChoices.count - 1)))]
                    context.force(Array(context.choices[source]))
                }
                elements.append(try self.run(context))
                elementChoices.append(elementStart..<context.choices.count)
                context.recordSpan(from: start)
            }
            return elements
        }
    }

    /// Arrays of `element` values; the static spelling of ``array(count:)``.
    ///
    /// ```swift
    /// Property(over: .array(of: .int)).check { $0.reversed().reversed() == $0 }
    /// ```
    public static func array<Element>(of element: Gen<Element>, count: ClosedRange<Int> = 0...20) -> Gen<Value>
    where Value == [Element] {
        element.array(count: count)
    }

    /// Sets of distinct values with a size in `count` (duplicates drawn are skipped).
    ///
    /// ```swift
    /// let tags = Gen.element(of: ["a", "b", "c", "d"]).set(count: 0...3)
    /// ```
    public func set(count: ClosedRange<Int> = 0...20) -> Gen<Set<Value>> where Value: Hashable & Sendable {
        Gen<Set<Value>> { context in
            Set(try CollectionChoice.unique(count, context, key: { $0 }) { try self.run(context) })
        }
    }

    /// Dictionaries with distinct keys from `keys` and values from `values`, with a size in `count`.
    ///
    /// ```swift
    /// let stock = Gen.dictionary(keys: .element(of: ["sku1", "sku2"]), values: .int(in: 0...9), count: 0...2)
    /// ```
    public static func dictionary<Key: Hashable & Sendable, Element>(
        keys: Gen<Key>, values: Gen<Element>, count: ClosedRange<Int> = 0...20
    ) -> Gen<Value> where Value == [Key: Element] {
        Gen { context in
            let pairs = try CollectionChoice.unique(count, context, key: \.0) {
                (try keys.run(context), try values.run(context))
            }
            return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        }
    }
}
