import Foundation
public import Invariants
import PostgresNIO

extension PostgresReviewQueue {
    /// Inserts the items in one statement; an item already stored (same id) is left as it is, so a
    /// replayed batch never duplicates.
    ///
    /// ```swift
    /// try await queue.insert([item])
    /// ```
    public func insert(_ items: [ReviewItem]) async throws {
        guard !items.isEmpty else { return }
        var ids: [String] = []
        var setIDs: [String] = []
        var passed: [Bool] = []
        var origins: [String] = []
        var requests: [String] = []
        var created: [String] = []
        var documents: [String] = []
        for item in items {
            ids.append(item.id)
            setIDs.append(item.setID)
            passed.append(item.outcome.hasPassed)
            origins.append(item.origin.description)
            requests.append(item.context.requestID ?? "")
            created.append(
                ISO8601DateFormatter.string(
                    from: item.createdAt, timeZone: .gmt,
                    formatOptions: [.withInternetDateTime, .withFractionalSeconds]))
            documents.append(try ReviewJSON.encode(item))
        }
        let queues = items.map(\.queue)
        let instance = instance ?? ""
        let query: PostgresQuery = """
            INSERT INTO invariants_review_items
                (id, queue, set_id, passed, origin, request_id, instance, created_at, item)
            SELECT id, queue, set_id, passed, origin, NULLIF(request_id, ''), NULLIF(\(instance), ''),
                   created_at::timestamptz, item::jsonb
            FROM unnest(\(ids)::text[], \(queues)::text[], \(setIDs)::text[], \(passed)::bool[], \(origins)::text[],
                        \(requests)::text[], \(created)::text[], \(documents)::text[])
                AS t(id, queue, set_id, passed, origin, request_id, created_at, item)
            ON CONFLICT (id) DO NOTHING
            """
        _ = try await withTimeout(operationTimeout) { [client, logger] in
            try await client.query(query, logger: logger)
        }
    }

    /// ``insert(_:)``, retried with a growing pause (50 ms doubling to 1 s) until ``retryWindow`` has passed.
    func insertRetrying(_ items: [ReviewItem]) async throws {
        let deadline = ContinuousClock.now + retryWindow
        var pause = Duration.milliseconds(50)
        while true {
            do {
                return try await insert(items)
            } catch {
                if ContinuousClock.now + pause >= deadline { throw error }
                logger.debug(
                    "review insert failed; retrying", metadata: ["reason": "\(PostgresErrorText.describe(error))"])
                try await Task.sleep(for: pause)
                pause = min(pause * 2, .seconds(1))
            }
        }
    }

    /// Records the verdict in one transaction: checks the item, replaces the reviewer's earlier verdict,
    /// updates the item's `completed` column (as `ReviewItem.status` decides) and releases its claim.
    ///
    /// ```swift
    /// try await queue.save(ReviewVerdict(itemID: id, reviewer: "ann", label: .incorrect))
    /// ```
    /// - Throws: ``ReviewQueueError/unknownItem(_:queue:)`` when the queue has no item with that id.
    public func save(_ verdict: ReviewVerdict) async throws {
        let document = try ReviewJSON.encode(verdict)
        let (name, location, logger) = (name, location, logger)
        let given = ISO8601DateFormatter.string(
            from: verdict.time, timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        do {
            try await withTimeout(operationTimeout) { [client] in
                try await client.withTransaction(logger: logger) { connection in
                    var found: ReviewItem?
                    for try await text in try await connection.query(
                        """
                        SELECT item::text FROM invariants_review_items
                        WHERE id = \(verdict.itemID) AND queue = \(name) FOR UPDATE
                        """, logger: logger
                    ).decode(String.self) {
                        found = try ReviewJSON.decode(ReviewItem.self, text)
                    }
                    guard var item = found else { throw ReviewQueueError.unknownItem(verdict.itemID, queue: location) }
                    try await connection.query(
                        """
                        INSERT INTO invariants_review_verdicts (item_id, reviewer, label, given_at, verdict)
                        VALUES (\(verdict.itemID), \(verdict.reviewer), \(verdict.label.rawValue),
                                \(given)::timestamptz, \(document)::jsonb)
                        ON CONFLICT (item_id, reviewer) DO UPDATE
                        SET label = EXCLUDED.label, given_at = EXCLUDED.given_at, verdict = EXCLUDED.verdict,
                            seq = nextval(pg_get_serial_sequence('invariants_review_verdicts', 'seq'))
                        """, logger: logger)
                    for try await text in try await connection.query(
                        "SELECT verdict::text FROM invariants_review_verdicts WHERE item_id = \(verdict.itemID) ORDER BY seq",
                        logger: logger
                    ).decode(String.self) {
                        item = item.recording(try ReviewJSON.decode(ReviewVerdict.self, text))
                    }
                    let completed = item.status == .completed
                    try await connection.query(
                        """
                        UPDATE invariants_review_items SET completed = \(completed), claimed_by = NULL,
                            claimed_until = NULL
                        WHERE id = \(verdict.itemID)
                        """, logger: logger)
                }
            }
        } catch {
            throw failure("record a verdict in", error)
        }
    }

    /// Every item of the queue, oldest first, with its verdicts folded in, latest last; rows that do not
    /// decode are reported as problems (`invariants_review_items:SEQ: reason`) and skipped.
    ///
    /// ```swift
    /// let stats = try await queue.load().stats
    /// ```
    public func load() async throws -> ReviewQueueContents {
        let (name, logger) = (name, logger)
        do {
            return try await withTimeout(operationTimeout * 6) { [client] in
                var contents = ReviewQueueContents(items: [])
                var index: [String: Int] = [:]
                for try await (seq, text) in try await client.query(
                    "SELECT seq, item::text FROM invariants_review_items WHERE queue = \(name) ORDER BY seq",
                    logger: logger
                ).decode((Int, String).self) {
                    do {
                        let item = try ReviewJSON.decode(ReviewItem.self, text)
                        index[item.id] = contents.items.count
                        contents.items.append(item)
                    } catch {
                        contents.problems.append(
                            ReviewQueueProblem(
                                location: JournalLocation(file: "invariants_review_items", line: seq),
                                reason: "\(error)"))
                    }
                }
                for try await (seq, text) in try await client.query(
                    """
                    SELECT v.seq, v.verdict::text FROM invariants_review_verdicts v
                    JOIN invariants_review_items i ON i.id = v.item_id
                    WHERE i.queue = \(name) ORDER BY v.seq
                    """, logger: logger
                ).decode((Int, String).self) {
                    do {
                        let verdict = try ReviewJSON.decode(ReviewVerdict.self, text)
                        guard let position = index[verdict.itemID] else { continue }
                        contents.items[position] = contents.items[position].recording(verdict)
                    } catch {
                        contents.problems.append(
                            ReviewQueueProblem(
                                location: JournalLocation(file: "invariants_review_verdicts", line: seq),
                                reason: "\(error)"))
                    }
                }
                return contents
            }
        } catch {
            throw failure("read", error)
        }
    }

    /// Claims the oldest pending item that nobody holds and `reviewer` has not judged, for `lease`: until
    /// the reviewer records a verdict or the lease ends, no other claim returns it. Two reviewers claiming
    /// at once get different items (`FOR UPDATE SKIP LOCKED`). `nil` when nothing is left.
    ///
    /// ```swift
    /// while let item = try await queue.claimNext(reviewer: "ann") {
    ///     try await queue.save(ReviewVerdict(itemID: item.id, reviewer: "ann", label: judge(item)))
    /// }
    /// ```
    public func claimNext(reviewer: String, lease: Duration = .seconds(300)) async throws -> ReviewItem? {
        let (name, logger) = (name, logger)
        let seconds = Double(lease.components.seconds)
        do {
            return try await withTimeout(operationTimeout) { [client] in
                var claimed: ReviewItem?
                for try await text in try await client.query(
                    """
                    UPDATE invariants_review_items
                    SET claimed_by = \(reviewer), claimed_until = now() + make_interval(secs => \(seconds))
                    WHERE seq = (
                        SELECT seq FROM invariants_review_items i
                        WHERE queue = \(name) AND NOT completed
                          AND (claimed_until IS NULL OR claimed_until < now())
                          AND NOT EXISTS (SELECT 1 FROM invariants_review_verdicts v
                                          WHERE v.item_id = i.id AND v.reviewer = \(reviewer))
                        ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING item::text
                    """, logger: logger
                ).decode(String.self) {
                    claimed = try ReviewJSON.decode(ReviewItem.self, text)
                }
                guard var item = claimed else { return nil }
                for try await text in try await client.query(
                    "SELECT verdict::text FROM invariants_review_verdicts WHERE item_id = \(item.id) ORDER BY seq",
                    logger: logger
                ).decode(String.self) {
                    item = item.recording(try ReviewJSON.decode(ReviewVerdict.self, text))
                }
                return item
            }
        } catch {
            throw failure("claim from", error)
        }
    }

    /// How many items of the queue PostgreSQL holds.
    ///
    /// ```swift
    /// try await queue.count()
    /// ```
    public func count() async throws -> Int {
        let (name, logger) = (name, logger)
        do {
            return try await withTimeout(operationTimeout) { [client] in
                var total = 0
                for try await value in try await client.query(
                    "SELECT count(*)::bigint FROM invariants_review_items WHERE queue = \(name)", logger: logger
                ).decode(Int.self) {
                    total = value
                }
                return total
            }
        } catch {
            throw failure("count", error)
        }
    }
}
