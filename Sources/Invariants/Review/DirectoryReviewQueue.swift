public import Foundation

/// The default review queue: a directory of JSON Lines files that several processes can append to at once.
///
/// ```
/// review/
///   items.jsonl      one ReviewItem per line, appended as calls are routed
///   verdicts.jsonl   one ReviewVerdict per line, appended as reviewers judge items
///   .lock            taken with flock(2): exclusively to append, shared to read
/// ```
///
/// The directory is created `0700` and every file `0600`. Each append opens its file with `O_APPEND` and
/// writes all of its lines with one `write(2)` while holding the exclusive lock, so lines from different
/// threads and processes never interleave, and readers never see half a line. A line torn by a crash is
/// closed with a newline before the next append, so it costs only itself: readers report it (file and
/// line) and skip it. Nothing is ever rewritten: the latest verdict of a reviewer on an item replaces
/// earlier ones when the queue is read.
///
/// ```swift
/// let queue = DirectoryReviewQueue(at: URL(filePath: "invariants/review"))
/// let monitor = InvariantMonitor(review: .init(queue: queue, routes: [.every(.violations(atLeast: .critical))]))
/// // later, in a terminal: invariants review list --queue invariants/review
/// ```
public struct DirectoryReviewQueue: ReviewQueue {
    /// The queue's directory.
    ///
    /// ```swift
    /// queue.url.lastPathComponent   // "review"
    /// ```
    public let url: URL
    /// The queue's name, written into its items; the directory's name by default.
    ///
    /// ```swift
    /// DirectoryReviewQueue(at: URL(filePath: "/srv/review")).name   // "review"
    /// ```
    public let name: String

    let directory: String

    /// A queue in the directory at `url`, created (with its parents) on the first append.
    ///
    /// ```swift
    /// DirectoryReviewQueue(at: URL(filePath: "/var/lib/pricing/review"), name: "pricing")
    /// ```
    public init(at url: URL, name: String? = nil) {
        self.url = url
        self.directory = url.path(percentEncoded: false)
        self.name = name ?? url.lastPathComponent
    }

    /// The file of items.
    ///
    /// ```swift
    /// try String(contentsOf: queue.itemsURL, encoding: .utf8).split(separator: "\n").count
    /// ```
    public var itemsURL: URL { url.appendingPathComponent("items.jsonl") }
    /// The file of verdicts.
    ///
    /// ```swift
    /// FileManager.default.fileExists(atPath: queue.verdictsURL.path)   // false before any verdict
    /// ```
    public var verdictsURL: URL { url.appendingPathComponent("verdicts.jsonl") }

    var itemsPath: String { itemsURL.path(percentEncoded: false) }
    var verdictsPath: String { verdictsURL.path(percentEncoded: false) }
    var lockPath: String { url.appendingPathComponent(".lock").path(percentEncoded: false) }

    /// Appends the items to `items.jsonl`, creating the directory and file if needed.
    ///
    /// ```swift
    /// try queue.append([item])
    /// ```
    /// - Throws: ``ReviewQueueError`` naming the path when the directory or file cannot be written.
    public func append(_ items: [ReviewItem]) throws {
        guard !items.isEmpty else { return }
        let bytes = try ReviewLines.encode(items)
        try withLock(exclusive: true, creating: true) { try appendLines(bytes, to: itemsPath) }
    }

    /// Appends the verdict to `verdicts.jsonl` after checking that the item exists.
    ///
    /// ```swift
    /// try queue.record(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .incorrect, comment: "taxed"))
    /// ```
    /// - Throws: ``ReviewQueueError/unknownItem(_:queue:)`` when no item has the verdict's id,
    ///   ``ReviewQueueError/missingQueue(path:)`` when the directory does not exist.
    public func record(_ verdict: ReviewVerdict) throws {
        let bytes = try ReviewLines.encode([verdict])
        try withLock(exclusive: true, creating: false) {
            guard try ReviewLines.containsItem(verdict.itemID, inFileAt: itemsPath) else {
                throw ReviewQueueError.unknownItem(verdict.itemID, queue: directory)
            }
            try appendLines(bytes, to: verdictsPath)
        }
    }

    /// Appends the verdicts to `verdicts.jsonl` in one write, after checking that every item exists.
    ///
    /// ```swift
    /// try queue.record(items.map { ReviewVerdict(itemID: $0.id, reviewer: "ann", label: .incorrect) })
    /// ```
    /// - Throws: ``ReviewQueueError/unknownItem(_:queue:)`` naming the first verdict without an item; nothing
    ///   is written then.
    public func record(_ verdicts: [ReviewVerdict]) throws {
        guard !verdicts.isEmpty else { return }
        let bytes = try ReviewLines.encode(verdicts)
        try withLock(exclusive: true, creating: false) {
            let ids = try ReviewLines.itemIDs(inFileAt: itemsPath)
            if let unknown = verdicts.first(where: { !ids.contains($0.itemID) }) {
                throw ReviewQueueError.unknownItem(unknown.itemID, queue: directory)
            }
            try appendLines(bytes, to: verdictsPath)
        }
    }

    /// Reads every item and verdict under the shared lock; unreadable lines are reported and skipped.
    ///
    /// ```swift
    /// let contents = try queue.contents()
    /// contents.problems.forEach { print($0) }
    /// ```
    /// - Throws: ``ReviewQueueError/missingQueue(path:)`` when the directory does not exist,
    ///   ``ReviewQueueError/notAQueue(path:suggestion:)`` when it holds other files but no queue; reading
    ///   never creates a file.
    public func contents() throws -> ReviewQueueContents {
        try withLock(exclusive: false, creating: false) {
            var contents = ReviewQueueContents(items: [])
            var index: [String: Int] = [:]
            try ReviewLines.read(ReviewItem.self, inFileAt: itemsPath, problems: &contents.problems) { item in
                if index[item.id] != nil {
                    return "duplicate item id \(item.id) (the first one is kept)"
                }
                index[item.id] = contents.items.count
                contents.items.append(item)
                return nil
            }
            try ReviewLines.read(ReviewVerdict.self, inFileAt: verdictsPath, problems: &contents.problems) {
                verdict in
                guard let position = index[verdict.itemID] else { return "verdict for unknown item \(verdict.itemID)" }
                contents.items[position] = contents.items[position].recording(verdict)
                return nil
            }
            return contents
        }
    }
}
