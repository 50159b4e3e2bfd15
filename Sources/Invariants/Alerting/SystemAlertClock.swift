public import Foundation

/// The wall clock: `now` is `Date()`.
///
/// ```swift
/// let engine = AlertEngine(rules: rules, clock: SystemAlertClock())
/// ```
public struct SystemAlertClock: AlertClock {
    /// Creates the clock.
    public init() {}

    /// The current wall-clock time.
    public var now: Date { Date() }
}
