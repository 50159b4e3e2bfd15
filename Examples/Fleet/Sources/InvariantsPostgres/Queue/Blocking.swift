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
