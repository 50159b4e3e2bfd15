import Foundation

extension NSCondition {
    /// Waits (the condition locked) until signalled or `deadline` on the monotonic clock; `false` once it
    /// has passed, without waiting.
    func wait(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - .now
        guard remaining > .zero else { return false }
        _ = wait(until: Date(timeIntervalSinceNow: remaining.timeInterval))
        return true
    }
}
