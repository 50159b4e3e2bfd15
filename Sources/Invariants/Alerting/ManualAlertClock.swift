public import Foundation
import Synchronization

/// A clock that only moves when told to, for tests. Safe to read and advance from any thread.
///
/// ```swift
/// let clock = ManualAlertClock()
/// let start = clock.now
/// clock.advance(by: .seconds(30))
/// clock.now.timeIntervalSince(start)   // 30
/// ```
public final class ManualAlertClock: AlertClock {
    private let current: Mutex<Date>

    /// Creates a clock that reads `now` until it is advanced; by default 2027-01-15T08:00:00Z.
    ///
    /// ```swift
    /// let clock = ManualAlertClock(now: Date(timeIntervalSince1970: 1_800_000_000))
    /// ```
    public init(now: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(now)
    }

    /// The clock's current time.
    ///
    /// ```swift
    /// clock.now   // 2027-01-15 08:00:00 +0000 until advanced
    /// ```
    public var now: Date { current.withLock { $0 } }

    /// Moves the clock forward (or back, with a negative duration).
    ///
    /// ```swift
    /// clock.advance(by: .seconds(61))
    /// engine.evaluate()   // windows slide to the new time
    /// ```
    public func advance(by duration: Duration) {
        current.withLock { $0 = $0.addingTimeInterval(duration.timeInterval) }
    }

    /// Sets the clock to `date`.
    ///
    /// ```swift
    /// clock.set(to: record.timestamp)
    /// ```
    public func set(to date: Date) {
        current.withLock { $0 = date }
    }
}
