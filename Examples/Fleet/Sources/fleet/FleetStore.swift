import Foundation
import Invariants
import InvariantsPostgres
import Logging
import PostgresNIO

/// Opens the shared store for one command: settings from the environment, the schema migrated, the
/// connection pool running while `work` runs.
enum FleetStore {
    static func with<Value: Sendable>(
        queue name: String, _ work: @escaping @Sendable (PostgresReviewQueue) async throws -> Value
    ) async throws(UsageError) -> Value {
        let settings: PostgresSettings
        do { settings = try PostgresSettings.fromEnvironment() } catch { throw UsageError("\(error)") }
        var logger = Logger(label: "fleet")
        logger.logLevel = .error
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        let queue = PostgresReviewQueue(client: client, name: name, location: settings.description, logger: logger)
        do {
            return try await withThrowingTaskGroup(of: Value?.self) { group in
                group.addTask {
                    await client.run()
                    return nil
                }
                defer { group.cancelAll() }
                try await queue.migrate()
                return try await work(queue)
            }
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError("\(error)")
        }
    }

    /// The queue as the review views show it in place of a queue directory: by its name, which is what
    /// `--queue` takes here.
    static func displayQueue(_ queue: PostgresReviewQueue) -> DirectoryReviewQueue {
        let escaped = queue.name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? queue.name
        return DirectoryReviewQueue(at: URL(string: escaped) ?? URL(filePath: queue.name), name: queue.name)
    }
}
