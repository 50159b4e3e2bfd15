/// Why a review queue could not be read or written.
///
/// ```swift
/// do { try queue.record(verdict) } catch let error as ReviewQueueError {
///     print(error)   // "review queue: no item 3f2a91c0 in /srv/review"
/// }
/// ```
public enum ReviewQueueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The queue's directory does not exist.
    ///
    /// ```swift
    /// try DirectoryReviewQueue(at: URL(filePath: "/nowhere")).contents()   // throws .missingQueue(path: "/nowhere")
    /// ```
    case missingQueue(path: String)
    /// The directory exists but is not a review queue: it holds other files and no `items.jsonl` (such as
    /// the demo's `--out` folder, whose queue is its `review` subfolder, the `suggestion`).
    ///
    /// ```swift
    /// ReviewQueueError.notAQueue(path: "./invariants-demo", suggestion: "./invariants-demo/review")
    /// ```
    case notAQueue(path: String, suggestion: String?)
    /// No item has this id.
    ///
    /// ```swift
    /// ReviewQueueError.unknownItem("3f2a", queue: "/srv/review")   // from record(_:) with an unknown itemID
    /// ```
    case unknownItem(String, queue: String)
    /// Several items start with this id prefix.
    ///
    /// ```swift
    /// try contents.item(matching: "3f")   // throws .ambiguousID("3f", matches: 2) if two ids start with 3f
    /// ```
    case ambiguousID(String, matches: Int)
    /// A file operation failed: what was done, the path, and the system's reason.
    ///
    /// ```swift
    /// ReviewQueueError.io(operation: "open", path: "/srv/review/items.jsonl", reason: "Permission denied")
    /// // "review queue: cannot open /srv/review/items.jsonl: Permission denied"
    /// ```
    case io(operation: String, path: String, reason: String)
    /// An item or verdict could not be encoded.
    ///
    /// ```swift
    /// ReviewQueueError.unencodable("invalid number NaN").description
    /// // "review queue: cannot encode: invalid number NaN"
    /// ```
    case unencodable(String)

    /// One line naming the path or id.
    ///
    /// ```swift
    /// ReviewQueueError.unknownItem("3f2a", queue: "/srv/review").description   // "review queue: no item 3f2a in /srv/review"
    /// ```
    public var description: String {
        switch self {
        case .missingQueue(let path): "review queue: no queue at \(path) (the directory does not exist)"
        case .notAQueue(let path, let suggestion):
            "review queue: \(path) is not a review queue (no items.jsonl)"
                + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .unknownItem(let id, let queue): "review queue: no item \(id) in \(queue)"
        case .ambiguousID(let id, let matches): "review queue: '\(id)' matches \(matches) items; give more of the id"
        case .io(let operation, let path, let reason): "review queue: cannot \(operation) \(path): \(reason)"
        case .unencodable(let reason): "review queue: cannot encode: \(reason)"
        }
    }

    /// The queue's error for a failed file operation.
    init(_ error: JournalError) {
        let number = error.code.map { " (errno \($0))" } ?? ""
        self = .io(operation: error.operation, path: error.path, reason: error.reason + number)
    }
}
