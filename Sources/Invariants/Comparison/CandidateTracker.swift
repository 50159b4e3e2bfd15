import Foundation

/// Counts a monitor's shadow candidates whose verdict is pending, so ``InvariantMonitor/flush(timeout:)``
/// can wait for them and ``InvariantMonitor/shutdown(deadline:)`` can stop new ones.
final class CandidateTracker: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending = 0
    private var closed = false
    /// Set once ``close(until:)`` gave up waiting: verdicts reached from then on are abandoned.
    private var abandoning = false

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

    /// Whether shutdown's deadline passed with candidates pending: verdicts reached now are abandoned, not
    /// recorded. Candidates that end while shutdown still waits for them are recorded as usual.
    var abandonsVerdicts: Bool {
        condition.lock()
        defer { condition.unlock() }
        return abandoning
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

    /// Refuses new candidates, then waits for pending ones until `deadline`; verdicts reached after it are
    /// abandoned.
    func close(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        closed = true
        condition.unlock()
        let settled = wait(until: deadline)
        condition.lock()
        if pending > 0 { abandoning = true }
        condition.unlock()
        return settled
    }
}
