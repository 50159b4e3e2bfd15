public import Foundation

/// Where the alert engine reads the time: windows, cooldowns and `for:` durations are measured on it.
///
/// Production uses ``SystemAlertClock``; tests inject a ``ManualAlertClock`` and move time by hand.
///
/// ```swift
/// let clock = ManualAlertClock()
/// let engine = AlertEngine(rules: rules, clock: clock)
/// clock.advance(by: .seconds(61))
/// engine.evaluate()
/// ```
public protocol AlertClock: Sendable {
    /// The current time.
    ///
    /// ```swift
    /// struct FixedClock: AlertClock { var now: Date { Date(timeIntervalSince1970: 1_800_000_000) } }
    /// ```
    var now: Date { get }
}
