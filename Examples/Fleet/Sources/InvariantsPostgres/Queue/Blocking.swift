import Dispatch

/// Runs async `work` and waits for it on the calling thread: the bridge from `ReviewQueue`'s synchronous
/// methods, which the monitor's review writer calls on its own thread, to PostgresNIO. Never call it from
/// a task of the cooperative pool.
func blocking<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
    let outcome = Outcome<Value>()
    Task {
        do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
        outcome.done.signal()
    }
    outcome.done.wait()
    return try outcome.result!.get()
}

/// The result of one ``blocking(_:)`` call; the semaphore orders the write before the read.
private final class Outcome<Value: Sendable>: @unchecked Sendable {
    var result: Result<Value, any Error>?
    let done = DispatchSemaphore(value: 0)
}

/// `work`, or ``TimeoutError`` when it takes longer than `limit` (the work is cancelled).
func withTimeout<Value: Sendable>(
    _ limit: Duration, _ work: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw TimeoutError(limit: limit) }
        return value
    }
}

/// An operation took longer than its limit.
struct TimeoutError: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "no answer within \(limit)" }
}
