import Foundation
import Invariants
import Synchronization

/// Batches PostgreSQL did not take in time, kept in a local `DirectoryReviewQueue` until they can be
/// replayed. Items keep their ids, and inserts ignore ids already stored, so a replay cut short by a crash
/// and repeated never duplicates an item.
final class ReviewSpill: Sendable {
    private let directory: DirectoryReviewQueue
    private let pending = Mutex(-1)

    init(at url: URL) {
        directory = DirectoryReviewQueue(at: url, name: "spill")
    }

    /// Items waiting (read from disk once, then counted).
    var count: Int {
        pending.withLock { pending in
            if pending < 0 { pending = (try? directory.contents().items.count) ?? 0 }
            return pending
        }
    }

    /// Appends the items to the spill.
    func add(_ items: [ReviewItem]) throws {
        try pending.withLock { pending in
            try directory.append(items)
            pending = max(pending, 0) + items.count
        }
    }

    /// Hands every spilled item to `insert`, then empties the spill; returns how many were replayed.
    func drain(_ insert: ([ReviewItem]) throws -> Void) throws -> Int {
        try pending.withLock { pending in
            let items = try directory.contents().items
            guard !items.isEmpty else { return 0 }
            try insert(items)
            try? FileManager.default.removeItem(at: directory.itemsURL)
            pending = 0
            return items.count
        }
    }
}
