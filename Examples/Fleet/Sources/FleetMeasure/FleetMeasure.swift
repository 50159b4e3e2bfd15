import Foundation
import Invariants
import InvariantsPostgres
import Logging
import PostgresNIO

/// `FleetMeasure`: the figures of Docs/Fleet.md, against the PostgreSQL the environment names (fleet.sh
/// runs it). What a guarded call pays to route a failing call to the PostgreSQL queue, with the database
/// up and with it unreachable; and how many items per second four writers (four instances' review
/// writers) get into PostgreSQL. Wall-clock figures on a shared machine: read them as orders of magnitude.
@main
enum FleetMeasure {
    static let rules = InvariantSet<Int, Int>("fleet.measure") {
        Invariant("even") { _, output in output.isMultiple(of: 2) }
    }

    static func main() async throws {
        let settings = try PostgresSettings.fromEnvironment()
        var logger = Logger(label: "measure")
        logger.logLevel = .error
        let calls = 20_000
        let up = try await callerCost(settings: settings, calls: calls, logger: logger)
        var down = settings
        down.port = 9  // discard: nothing listens on loopback
        let unreachable = try await callerCost(settings: down, calls: calls, logger: logger)
        let throughput = try await itemsPerSecond(settings: settings, writers: 4, itemsEach: 5_000, logger: logger)
        print(
            """
            caller cost of a routed failing call, database up:          \(up.nanoseconds) ns/call (\(up.note))
            caller cost of a routed failing call, database unreachable: \(unreachable.nanoseconds) ns/call (\(unreachable.note))
            items/s into PostgreSQL from 4 writers:                     \(throughput)
            """)
    }

    /// Guarded calls that all fail and are all routed; the time is the caller's only.
    static func callerCost(
        settings: PostgresSettings, calls: Int, logger: Logger
    ) async throws -> (nanoseconds: Int, note: String) {
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        let queue = PostgresReviewQueue(
            client: client, name: "measure", location: settings.description, instance: "measure",
            operationTimeout: .milliseconds(500), retryWindow: .seconds(1), logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            if settings.port != 9 { try await queue.migrate() }
            let monitor = InvariantMonitor(
                sinks: [], review: ReviewRouting(queue: queue, routes: [.every(.failing)], capacity: 10_000))
            let odd = monitor.guarded(rules) { (value: Int) in value * 2 + 1 }
            var sink = 0
            let start = ContinuousClock.now
            for value in 0..<calls { sink &+= odd(value) }
            let elapsed = ContinuousClock.now - start
            await monitor.flush(timeout: .seconds(30))
            let health = monitor.reviewHealth ?? ReviewHealth()
            await monitor.shutdown(deadline: .seconds(1))
            let nanoseconds = Int(
                elapsed.components.attoseconds / 1_000_000_000 + elapsed.components.seconds * 1_000_000_000)
            return (nanoseconds / calls, "\(health), checksum \(sink % 7)")
        }
    }

    /// Four queues (four instances) inserting batches of 100 at once; items per second over the whole run.
    static func itemsPerSecond(
        settings: PostgresSettings, writers: Int, itemsEach: Int, logger: Logger
    ) async throws -> String {
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            let start = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { writersGroup in
                for writer in 0..<writers {
                    writersGroup.addTask {
                        let queue = PostgresReviewQueue(
                            client: client, name: "measure", location: settings.description,
                            instance: "writer-\(writer)", logger: logger)
                        for batch in stride(from: 0, to: itemsEach, by: 100) {
                            try await queue.insert((batch..<batch + 100).map { item(writer, $0) })
                        }
                    }
                }
                try await writersGroup.waitForAll()
            }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let total = writers * itemsEach
            return
                "\(Int(Double(total) / seconds)) items/s (\(total) items in \(String(format: "%.2f", seconds)) s, batches of 100)"
        }
    }

    static func item(_ writer: Int, _ number: Int) -> ReviewItem {
        ReviewItem(
            queue: "measure", setID: "pricing.quote",
            input: .capture(["cart": "cart-\(writer)-\(number)", "lines": "4"]), output: .capture(["total": number]),
            outcome: ReviewOutcome(
                checkedRules: ["pricing.quote/tax"],
                violations: [.init(invariantID: "pricing.quote/tax", severity: .error, message: "tax is off")]),
            origin: .generated(by: "model-x"), context: InvariantContext(requestID: "req-\(writer)-\(number)"))
    }
}
