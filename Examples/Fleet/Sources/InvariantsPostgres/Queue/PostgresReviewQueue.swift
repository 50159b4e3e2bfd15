public import Foundation
public import Invariants
public import Logging
public import PostgresNIO
import Synchronization

/// A ``ReviewQueue`` in PostgreSQL, shared by every instance of a service and every reviewer.
///
/// Same semantics as `DirectoryReviewQueue`: items keep their redacted snapshots, outcome, origin and
/// context; a reviewer's latest verdict on an item replaces their earlier one; ``contents()`` folds the
/// verdicts in, so `ReviewStats` gives precision and miss rate per rule, set and origin. On top of it,
/// ``claimNext(reviewer:lease:)`` hands each pending item to one reviewer at a time.
///
/// The monitor's background review writer calls ``append(_:)``, never a guarded call: a database that is
/// down or slow holds up that one thread, whose buffer is bounded (overflow is dropped and counted). A
/// failed insert is retried until ``retryWindow`` has passed, then the batch goes to the local spill
/// directory when one is set (and back into PostgreSQL after the next insert that works), or is reported
/// to the writer, which counts it as dropped.
///
/// ```swift
/// let client = PostgresClient(configuration: try PostgresSettings.fromEnvironment().clientConfiguration,
///                             backgroundLogger: logger)
/// let queue = PostgresReviewQueue(client: client, location: "postgres://fleet@127.0.0.1/reviews",
///                                 instance: "pricing-7f9c", spill: URL(filePath: "/var/lib/pricing/spill"))
/// // run client.run() in a task or ServiceGroup, then:
/// try await queue.migrate()
/// let monitor = InvariantMonitor(review: ReviewRouting(queue: queue, routes: [.every(.failing)]))
/// ```
public final class PostgresReviewQueue: ReviewQueue {
    /// The queue's name: items routed here carry it, and every read and claim is limited to it.
    public let name: String
    /// The database, for messages (`postgres://user@host:port/database`, no password).
    public let location: String
    /// The instance writing, stored with each item (`nil` leaves the column empty).
    public let instance: String?
    /// How long one operation may take before it counts as failed.
    public let operationTimeout: Duration
    /// How long ``append(_:)`` retries a failed insert before spilling or giving up.
    public let retryWindow: Duration

    let client: PostgresClient
    let logger: Logger
    let spill: ReviewSpill?
    let counters = Mutex(PostgresQueueHealth())

    /// Creates a queue over `client`, which the caller runs (`client.run()`).
    ///
    /// - Parameters:
    ///   - client: The connection pool.
    ///   - name: The queue's name (`review` by default).
    ///   - location: The database, for messages; never include the password.
    ///   - instance: Stored with each item, to tell the instances apart.
    ///   - spill: A local directory for batches PostgreSQL did not take within `retryWindow`; `nil` reports
    ///     them to the writer as dropped instead.
    ///   - operationTimeout: The limit of one insert, read or verdict.
    ///   - retryWindow: How long an append keeps retrying.
    ///   - logger: Where retries and spills are logged.
    public init(
        client: PostgresClient, name: String = "review", location: String, instance: String? = nil,
        spill: URL? = nil, operationTimeout: Duration = .seconds(5), retryWindow: Duration = .seconds(15),
        logger: Logger = Logger(label: "invariants.postgres")
    ) {
        self.client = client
        self.name = name
        self.location = location
        self.instance = instance
        self.spill = spill.map { ReviewSpill(at: $0) }
        self.operationTimeout = operationTimeout
        self.retryWindow = retryWindow
        self.logger = logger
    }

    /// Items stored, spilled and replayed, and failed attempts so far.
    ///
    /// ```swift
    /// queue.health.spilled   // 0 while PostgreSQL answers
    /// ```
    public var health: PostgresQueueHealth {
        var health = counters.withLock { $0 }
        health.spillPending = spill?.count ?? 0
        return health
    }

    /// Creates or migrates the schema (see ``ReviewSchema``).
    ///
    /// ```swift
    /// try await queue.migrate()
    /// ```
    public func migrate() async throws(ReviewQueueError) {
        do {
            _ = try await withTimeout(operationTimeout * 3) { [client, logger] in
                try await ReviewSchema.migrate(client, logger: logger)
            }
        } catch {
            throw failure("migrate", error)
        }
    }

    /// Stores the items, retrying and spilling as described above. Blocks the calling thread (the
    /// monitor's review writer) until they are stored or spilled.
    ///
    /// - Throws: ``ReviewQueueError/io(operation:path:reason:)`` when PostgreSQL did not take the items within
    ///   ``retryWindow`` and no spill directory is set, or the spill failed too.
    public func append(_ items: [ReviewItem]) throws {
        guard !items.isEmpty else { return }
        do {
            try blocking { try await self.insertRetrying(items) }
            counters.withLock { $0.stored += items.count }
            replaySpill()
        } catch {
            let reason = failure("insert into", error)
            counters.withLock {
                $0.failures += 1
                $0.lastError = reason.description
            }
            guard let spill else { throw reason }
            try spill.add(items)
            counters.withLock { $0.spilled += items.count }
            logger.warning(
                "review items spilled locally", metadata: ["count": "\(items.count)", "reason": "\(reason)"])
        }
    }

    /// Records the verdict, replacing the reviewer's earlier verdict on the item.
    ///
    /// - Throws: ``ReviewQueueError/unknownItem(_:queue:)`` when the queue has no such item.
    public func record(_ verdict: ReviewVerdict) throws {
        try blocking { try await self.save(verdict) }
    }

    /// Every item of the queue, oldest first, with its verdicts; rows that do not decode are reported.
    public func contents() throws -> ReviewQueueContents {
        try blocking { try await self.load() }
    }

    /// Replays the spilled items into PostgreSQL; they stay spilled if that fails.
    func replaySpill() {
        guard let spill, spill.count > 0 else { return }
        do {
            let replayed = try spill.drain { items in try blocking { try await self.insert(items) } }
            counters.withLock { $0.replayed += replayed }
        } catch {
            logger.warning("spilled review items not replayed yet", metadata: ["reason": "\(error)"])
        }
    }

    /// The queue's error for a failed operation: what was done, where, and PostgreSQL's reason.
    func failure(_ operation: String, _ error: any Error) -> ReviewQueueError {
        if let error = error as? ReviewQueueError { return error }
        if let transaction = error as? PostgresTransactionError,
            let cause = transaction.closureError ?? transaction.beginError ?? transaction.commitError
        {
            return failure(operation, cause)
        }
        return .io(operation: operation, path: location, reason: PostgresErrorText.describe(error))
    }
}
