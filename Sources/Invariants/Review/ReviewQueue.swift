/// Where routed calls wait for a reviewer, and where verdicts are kept: a directory by default
/// (``DirectoryReviewQueue``), a shared store later.
///
/// Implementations must accept appends from several threads and processes at once, and record a verdict
/// idempotently on (item, reviewer): a second verdict by the same reviewer replaces the first. They store
/// each ``ReviewItem`` and ``ReviewVerdict`` whole, as their `Codable` JSON (a verdict's
/// ``ReviewVerdict/correction`` included), so that every queue gives back what it was given.
///
/// ```swift
/// let queue: any ReviewQueue = DirectoryReviewQueue(at: URL(filePath: "invariants/review"))
/// let pending = try queue.contents().pending
/// try queue.record(ReviewVerdict(itemID: pending[0].id, reviewer: "ann", label: .incorrect))
/// ```
public protocol ReviewQueue: Sendable {
    /// The queue's name, written into every item routed to it.
    ///
    /// ```swift
    /// DirectoryReviewQueue(at: URL(filePath: "/srv/review")).name   // "review", so item.queue == "review"
    /// ```
    var name: String { get }

    /// Stores new items, in order. Called by the monitor's background writer, never on a guarded call.
    ///
    /// ```swift
    /// try queue.append([item])   // what the writer does with each batch of routed calls
    /// ```
    func append(_ items: [ReviewItem]) throws

    /// Records a verdict on the item ``ReviewVerdict/itemID``, replacing an earlier one by the same reviewer.
    ///
    /// ```swift
    /// try queue.record(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .correct))
    /// ```
    ///
    /// - Throws: ``ReviewQueueError`` when the queue has no such item or cannot be written.
    func record(_ verdict: ReviewVerdict) throws

    /// Records several verdicts at once (a bulk verdict over a group of items), all or none when the store
    /// allows. The default records them one by one; a queue should store them in one write or transaction.
    ///
    /// ```swift
    /// try queue.record(group.map { ReviewVerdict(itemID: $0.id, reviewer: "ann", label: .incorrect) })
    /// ```
    ///
    /// - Throws: ``ReviewQueueError`` when some item does not exist or the queue cannot be written.
    func record(_ verdicts: [ReviewVerdict]) throws

    /// Every item with its verdicts, and what could not be read.
    ///
    /// ```swift
    /// let contents = try queue.contents()
    /// print(contents.pending.count, "pending;", contents.problems.count, "unreadable lines")
    /// ```
    func contents() throws -> ReviewQueueContents
}

extension ReviewQueue {
    /// Records the verdicts one by one with ``record(_:)-(ReviewVerdict)``.
    ///
    /// ```swift
    /// try queue.record([first, second])
    /// ```
    public func record(_ verdicts: [ReviewVerdict]) throws {
        for verdict in verdicts { try record(verdict) }
    }
}
