/// Everything a review queue holds: its items with their verdicts folded in, and the lines it skipped.
///
/// ```swift
/// let contents = try queue.contents()
/// for problem in contents.problems { print(problem) }   // "items.jsonl:7: not valid JSON …"
/// print(contents.pending.count, "to review")
/// ```
public struct ReviewQueueContents: Sendable, Hashable {
    /// Every item, in the order it was queued.
    ///
    /// ```swift
    /// try queue.contents().items.count
    /// ```
    public var items: [ReviewItem]
    /// Lines that could not be read and were skipped, with their file and line.
    ///
    /// ```swift
    /// try queue.contents().problems.forEach { print($0) }
    /// ```
    public var problems: [ReviewQueueProblem]

    /// Creates contents from their parts.
    ///
    /// ```swift
    /// ReviewQueueContents(items: [item], problems: [])
    /// ```
    public init(items: [ReviewItem], problems: [ReviewQueueProblem] = []) {
        self.items = items
        self.problems = problems
    }

    /// The items no reviewer has judged `correct` or `incorrect` yet, oldest first.
    ///
    /// ```swift
    /// try queue.contents().pending.first?.id
    /// ```
    public var pending: [ReviewItem] { items.filter { $0.status == .pending } }

    /// The item with this id, or with this id's unique prefix (as `invariants review` shows them), in any
    /// letter case.
    ///
    /// ```swift
    /// try contents.item(matching: "3F2A91C0")?.outcome
    /// ```
    /// - Throws: ``ReviewQueueError/ambiguousID(_:matches:)`` when the prefix fits several items (list
    ///   them with ``items(matching:)``).
    public func item(matching id: String) throws(ReviewQueueError) -> ReviewItem? {
        if let exact = items.first(where: { $0.id == id }) { return exact }
        let matches = items(matching: id)
        if matches.count > 1 { throw .ambiguousID(id, matches: matches.count) }
        return matches.first
    }

    /// Every item whose id starts with `prefix`, in any letter case; none for an empty prefix.
    ///
    /// ```swift
    /// contents.items(matching: "3f").map(\.id)   // ["3f2a91c0…", "3f88e012…"]
    /// ```
    public func items(matching prefix: String) -> [ReviewItem] {
        let lowered = prefix.lowercased()
        return lowered.isEmpty ? [] : items.filter { $0.id.lowercased().hasPrefix(lowered) }
    }

    /// The regression cases of the items reviewers judged `incorrect`, for `XCTAssertInvariants(…, replaying:)`.
    ///
    /// ```swift
    /// let cases = try queue.contents().regressionCases
    /// ```
    public var regressionCases: [RegressionCase] {
        items.filter { $0.judgement == .incorrect }.map { RegressionCase($0) }
    }

    /// Precision and miss rate per rule and set (see ``ReviewStats``).
    ///
    /// ```swift
    /// try queue.contents().stats.rules["pricing.quote/tax-non-negative"]?.precision
    /// ```
    public var stats: ReviewStats { ReviewStats(items: items) }
}
