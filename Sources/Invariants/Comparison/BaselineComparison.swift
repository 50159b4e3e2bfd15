/// How one baseline differs from another: which pinned inputs now give a different result, which inputs are
/// new or gone, and which fields change how often.
///
/// ```swift
/// let comparison = try pinned.rerun(PricingEngine.quote).compared(to: pinned)
/// comparison.changed.count          // pairs whose result differs
/// comparison.fieldCounts            // [("total", 3), ("lines[*].price", 1)]
/// print(comparison.report())        // counts, fields and a few -/+ examples
/// ```
public struct BaselineComparison: Sendable, Hashable {
    /// A pinned input whose result changed.
    ///
    /// ```swift
    /// for change in comparison.changed { print(change.new.index, change.differences) }
    /// ```
    public struct Change: Sendable, Hashable {
        /// The pair as it was.
        ///
        /// ```swift
        /// change.old.output?["total"]   // .number("10")
        /// ```
        public var old: BaselinePair
        /// The pair as it is now.
        ///
        /// ```swift
        /// change.new.output?["total"]   // .number("10.5")
        /// ```
        public var new: BaselinePair
        /// The fields that differ, old → new.
        ///
        /// ```swift
        /// change.differences.map(\.description)   // ["total: 10 → 10.5"]
        /// ```
        public var differences: [FieldDifference]

        /// Creates a change.
        ///
        /// ```swift
        /// BaselineComparison.Change(old: pinned, new: rerun, differences: rerun.differences(from: pinned))
        /// ```
        public init(old: BaselinePair, new: BaselinePair, differences: [FieldDifference]) {
            self.old = old
            self.new = new
            self.differences = differences
        }
    }

    /// Inputs in both baselines whose result differs, in the new baseline's order.
    ///
    /// ```swift
    /// comparison.changed.count   // 2
    /// ```
    public var changed: [Change] = []
    /// Inputs only the new baseline has.
    ///
    /// ```swift
    /// comparison.added.map(\.input)   // inputs only the new baseline pins
    /// ```
    public var added: [BaselinePair] = []
    /// Inputs only the old baseline has.
    ///
    /// ```swift
    /// comparison.removed.map(\.input)   // inputs only the old baseline pins
    /// ```
    public var removed: [BaselinePair] = []
    /// Inputs in both whose result is the same (within the tolerance).
    ///
    /// ```swift
    /// comparison.unchanged   // 298
    /// ```
    public var unchanged = 0
    /// The tolerance numbers were compared with.
    ///
    /// ```swift
    /// comparison.tolerance.description   // "±0.01"
    /// ```
    public var tolerance: NumericTolerance = .exact

    /// Creates an empty comparison.
    ///
    /// ```swift
    /// var comparison = BaselineComparison()
    /// ```
    public init() {}

    /// Whether nothing changed, was added or was removed.
    ///
    /// ```swift
    /// if !comparison.isIdentical { print(comparison.report()) }
    /// ```
    public var isIdentical: Bool { changed.isEmpty && added.isEmpty && removed.isEmpty }

    /// How many changed pairs each field (array indices as `[*]`) differs in, most frequent first.
    ///
    /// ```swift
    /// comparison.fieldCounts.map { "\($0.field) \($0.count)" }   // ["tax 2", "total 2"]
    /// ```
    public var fieldCounts: [FieldCount] {
        var counts: [String: Int] = [:]
        for change in changed {
            for field in Set(change.differences.map(\.field)) { counts[field, default: 0] += 1 }
        }
        return counts.map { FieldCount(field: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.field < $1.field }
    }

    /// A field and the number of changed pairs it differs in.
    ///
    /// ```swift
    /// comparison.fieldCounts.first   // FieldCount(field: "total", count: 3)
    /// ```
    public struct FieldCount: Sendable, Hashable {
        /// The field's path, array indices as `[*]`.
        ///
        /// ```swift
        /// comparison.fieldCounts.first?.field   // "lines[*].price"
        /// ```
        public var field: String
        /// In how many changed pairs it differs.
        ///
        /// ```swift
        /// comparison.fieldCounts.first?.count   // 3
        /// ```
        public var count: Int
    }
}

extension Baseline {
    /// Compares this (newer) baseline with `old`, pairing the pairs by input (not by position), so inputs
    /// may be added, removed or reordered between the two.
    ///
    /// ```swift
    /// let comparison = try Baseline(contentsOf: newURL).compared(to: Baseline(contentsOf: oldURL), tolerance: .absolute(0.01))
    /// ```
    public func compared(to old: Baseline, tolerance: NumericTolerance = .exact) -> BaselineComparison {
        var comparison = BaselineComparison()
        comparison.tolerance = tolerance
        var oldByInput: [String: [BaselinePair]] = [:]
        for pair in old.pairs { oldByInput[pair.input.serialized(), default: []].append(pair) }
        for pair in pairs {
            let key = pair.input.serialized()
            guard var candidates = oldByInput[key], !candidates.isEmpty else {
                comparison.added.append(pair)
                continue
            }
            let before = candidates.removeFirst()
            oldByInput[key] = candidates
            let differences = pair.differences(from: before, tolerance: tolerance)
            if differences.isEmpty {
                comparison.unchanged += 1
            } else {
                comparison.changed.append(BaselineComparison.Change(old: before, new: pair, differences: differences))
            }
        }
        let left = Set(oldByInput.values.joined().map(\.index))
        comparison.removed = old.pairs.filter { left.contains($0.index) }
        return comparison
    }
}
