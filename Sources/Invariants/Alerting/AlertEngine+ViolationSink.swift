/// An engine is a sink: give it to the monitor and every recorded batch is observed.
///
/// ```swift
/// let alerts = AlertEngine(rules: [.count(5, within: .seconds(60), notify: [.console])])
/// let monitor = InvariantMonitor(sinks: [.console, alerts])
/// ```
extension AlertEngine: ViolationSink {
    /// Observes the batch (see ``observe(_:)``); never throws.
    ///
    /// ```swift
    /// engine.record(records)   // what the engine's delivery lane does with each batch
    /// ```
    public func record(_ batch: [ViolationRecord]) {
        observe(batch)
    }

    /// Waits (up to five seconds) until the alerts produced so far were handed to their channels.
    ///
    /// ```swift
    /// engine.flush()   // returns once the queued alerts reached their channels, or after 5 s
    /// ```
    public func flush() {
        waitForDeliveries(timeout: .seconds(5))
    }
}
