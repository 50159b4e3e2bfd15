public import Foundation

/// The wall clock: `now` is `Date()`.
///
/// ```swift
/// let engine = AlertEngine(rules: rules, clock: SystemAlertClock())
/// ```
public struct SystemAlertClock: AlertClock {
    /// Creates the clock.
    ///
    /// ```swift
    /// let engine = AlertEngine(rules: rules, clock: SystemAlertClock())   // the default
    /// ```
    public init() {}

    /// The current wall-clock time.
    ///
    /// ```swift
    /// SystemAlertClock().now   // Date()
    /// ```
    public var now: Date { Date() }
}
