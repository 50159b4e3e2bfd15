import Foundation
import Invariants

/// A sink that holds every batch until the gate is opened, so a test can fill the reporter's buffer
/// without timing: while the first batch waits here, the next records pile up behind it.
final class GatedSink: ViolationSink, @unchecked Sendable {
    // `open`, `entered` and `received` are guarded by `condition`.
    private let condition = NSCondition()
    private var open = false
    private var entered = false
    private var received = 0

    func record(_ batch: [ViolationRecord]) throws {
        condition.lock()
        defer { condition.unlock() }
        entered = true
        condition.broadcast()
        // The deadline only keeps a failing test from hanging forever.
        let deadline = Date(timeIntervalSinceNow: 60)
        while !open && condition.wait(until: deadline) {}
        received += batch.count
    }

    /// Waits until the sink holds a batch (or `timeout` passes); `true` if it does.
    func waitUntilEntered(timeout: TimeInterval = 30) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while !entered && condition.wait(until: deadline) {}
        return entered
    }

    /// Lets every held and future batch through.
    func openGate() {
        condition.lock()
        open = true
        condition.broadcast()
        condition.unlock()
    }

    /// Records the sink accepted.
    var receivedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return received
    }
}
