import Foundation

/// Counts a monitor's shadow candidates whose verdict is pending, so ``InvariantMonitor/flush(timeout:)``
/// can wait for them and ``InvariantMonitor/shutdown(deadline:)`` can stop new ones.
final class CandidateTracker: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending = 0
    private var closed = false

    /// Registers a candidate; `false` once the monitor is shutting down.
    func begin() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if closed { return false }
        pending += 1
        return true
    }

    /// A candidate reached its verdict (or was given up on).
    func end() {
        condition.lock()
        defer { condition.unlock() }
        pending -= 1
        if pending == 0 { condition.broadcast() }
    }

    /// Whether the monitor is shutting down: verdicts reached now are abandoned, not recorded.
    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }

    /// Waits until no candidate is pending; `false` if `deadline` passed first.
    func wait(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while pending > 0 {
            let remaining = deadline - .now
            guard remaining > .zero else { return false }
            _ = condition.wait(until: Date(timeIntervalSinceNow: remaining.timeInterval))
        }
        return true
    }

    /// Refuses new candidates, then waits for pending ones until `deadline`; later verdicts are abandoned.
    func close(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        closed = true
        condition.unlock()
        return wait(until: deadline)
    }
}
