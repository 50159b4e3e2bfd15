import Dispatch
import Synchronization

/// Runs a function several times on one input, sequentially and concurrently, and compares the outputs.
enum DeterminismCheck {
    static func verdict<Value: Sendable, Output: Equatable & Sendable>(
        _ value: Value, runs: Int, _ function: @escaping @Sendable (Value) async throws -> Output
    ) async throws -> PropertyVerdict {
        var outputs: [(String, Output)] = []
        for run in 1...max(1, runs) { outputs.append(("sequential run \(run)", try await function(value))) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            for run in 1...max(1, runs) { group.addTask { (run, try await function(value)) } }
            var collected: [(Int, Output)] = []
            for try await output in group { collected.append(output) }
            return collected.sorted { $0.0 < $1.0 }
        }
        outputs += concurrent.map { ("concurrent run \($0.0)", $0.1) }
        return compare(outputs)
    }

    static func verdict<Value: Sendable, Output: Equatable & Sendable>(
        _ value: Value, runs: Int, _ function: @escaping @Sendable (Value) throws -> Output
    ) throws -> PropertyVerdict {
        var outputs: [(String, Output)] = []
        for run in 1...max(1, runs) { outputs.append(("sequential run \(run)", try function(value))) }
        let results = Mutex<[Int: Result<Output, SendableFailure>]>([:])
        DispatchQueue.concurrentPerform(iterations: max(1, runs)) { index in
            let result = Result { try function(value) }.mapError { SendableFailure(String(reflecting: $0)) }
            results.withLock { $0[index + 1] = result }
        }
        for (run, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            outputs.append(("concurrent run \(run)", try result.get()))
        }
        return compare(outputs)
    }

    static func compare<Output: Equatable>(_ outputs: [(String, Output)]) -> PropertyVerdict {
        guard let (firstRun, first) = outputs.first else { return .passed }
        for (run, output) in outputs.dropFirst() where output != first {
            return .failed(
                "outputs differ for the same input: \(firstRun) returned \(String(reflecting: first)), "
                    + "\(run) returned \(String(reflecting: output))"
            )
        }
        return .passed
    }
}
