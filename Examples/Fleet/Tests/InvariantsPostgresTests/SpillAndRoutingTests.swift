import Foundation
import Invariants
import InvariantsPostgres
import Logging
import PostgresNIO
import Testing

/// What a database that is down costs: a spill that is replayed later, or counted drops, never the call.
@Suite(.enabled(if: TemporaryPostgres.available, TemporaryPostgres.skipReason))
struct SpillAndRoutingTests {
    static let rules = InvariantSet<Int, Int>("fleet.double") {
        Invariant("even") { _, output in output.isMultiple(of: 2) }
    }

    /// A queue whose server never answers: nothing listens on the port.
    static func unreachableQueue(spill: URL?) throws -> (PostgresReviewQueue, PostgresClient) {
        let settings = PostgresSettings(port: try TemporaryPostgres.freePort(), username: "nobody", tls: .disable)
        let client = PostgresClient(
            configuration: settings.clientConfiguration, backgroundLogger: Logger(label: "test"))
        let queue = PostgresReviewQueue(
            client: client, location: settings.description, instance: "down", spill: spill,
            operationTimeout: .milliseconds(300), retryWindow: .milliseconds(400))
        return (queue, client)
    }

    @Test func itemsSpillWhileTheDatabaseIsDownAndAreReplayedAfter() async throws {
        let spill = FileManager.default.temporaryDirectory.appending(path: "pg-spill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: spill) }
        let (down, client) = try Self.unreachableQueue(spill: spill)
        let items = (0..<3).map { PostgresReviewQueueTests.item($0, failed: true) }
        let health = try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await Self.offThread { try down.append(items) }
            return down.health
        }
        #expect(health.spilled == 3)
        #expect(health.spillPending == 3)
        #expect(health.failures == 1)
        #expect(health.lastError?.contains("postgres://nobody@127.0.0.1") == true)

        let (count, after) = try await TemporaryPostgres.withQueue(instance: "up", spill: spill) { queue in
            try await Self.offThread { try queue.append([PostgresReviewQueueTests.item(9, failed: false)]) }
            return (try await queue.count(), queue.health)
        }
        #expect(count == 4)
        #expect(after.replayed == 3)
        #expect(after.spillPending == 0)
    }

    @Test func withoutASpillTheWriterCountsTheLostItems() async throws {
        let (down, client) = try Self.unreachableQueue(spill: nil)
        let monitor = InvariantMonitor(
            sinks: [], review: ReviewRouting(queue: down, routes: [.every(.failing)], capacity: 4))
        let double = monitor.guarded(Self.rules) { (value: Int) in value * 2 + 1 }
        let health = await withTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            // Every call returns its own result at once, whatever the queue does.
            for value in 0..<50 { #expect(double(value) == value * 2 + 1) }
            #expect(await monitor.flush(timeout: .seconds(10)))
            return monitor.reviewHealth
        }
        let review = try #require(health)
        #expect(review.routed == 50)
        #expect(review.written == 0)
        #expect(review.dropped[.queueFull, default: 0] > 0)
        #expect(review.dropped[.sinkError, default: 0] > 0, "\(review)")
        #expect(review.routed == review.dropped.values.reduce(0, +) + review.pending)
        await monitor.shutdown(deadline: .seconds(2))
    }

    @Test func aGuardedCallRoutesFailingCallsIntoPostgres() async throws {
        let stored = try await TemporaryPostgres.withQueue(instance: "a") { queue in
            let monitor = InvariantMonitor(sinks: [], review: ReviewRouting(queue: queue, routes: [.every(.failing)]))
            let double = monitor.guarded(Self.rules) { (value: Int) in value == 3 ? 7 : value * 2 }
            for value in 0..<6 {
                _ = withInvariantContext(requestID: "req-\(value)") { double(value) }
            }
            #expect(await monitor.flush(timeout: .seconds(10)))
            await monitor.shutdown()
            return try await queue.load()
        }
        #expect(stored.items.count == 1)
        #expect(stored.items.first?.context.requestID == "req-3")
        #expect(stored.items.first?.outcome.failedRules == ["fleet.double/even"])
    }

    /// Runs blocking work (the queue's synchronous API) on a thread of its own, as the review writer does.
    static func offThread(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread {
                do {
                    try work()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }
}
