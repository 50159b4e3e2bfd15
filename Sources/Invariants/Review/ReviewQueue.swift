/// Where routed calls wait for a reviewer, and where verdicts are kept: a directory by default
/// (``DirectoryReviewQueue``), a shared store later.
///
/// Implementations must accept appends from several threads and processes at once, and record a verdict
/// idempotently on (item, reviewer): a second verdict by the same reviewer replaces the first.
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

    /// Every item with its verdicts, and what could not be read.
    ///
    /// ```swift
    /// let contents = try queue.contents()
    /// print(contents.pending.count, "pending;", contents.problems.count, "unreadable lines")
    /// ```
    func contents() throws -> ReviewQueueContents
}
