import Foundation
import Synchronization

/// At most `limit` checks per second for each set, whatever the ratio says.
final class SamplingBudget: Sendable {
    let limit: Int
    let interval: Duration
    private let windows = Mutex<[String: (start: ContinuousClock.Instant, used: Int)]>([:])

    init(limit: Int, per interval: Duration) {
        precondition(limit > 0, "Sampler.budget: the limit must be positive, got \(limit)")
        precondition(interval > .zero, "Sampler.budget: the interval must be positive, got \(interval)")
        self.limit = limit
        self.interval = interval
    }

    /// Takes one check from the set's budget; `false` when this interval's budget is spent.
    func take(setID: String, now: ContinuousClock.Instant = .now) -> Bool {
        windows.withLock { windows in
            var window = windows[setID] ?? (now, 0)
            if now - window.start >= interval { window = (now, 0) }
            guard window.used < limit else { return false }
            window.used += 1
            windows[setID] = window
            return true
        }
    }
}
