/// What the alert engine delivered, failed to deliver, and forgot to stay within its memory bounds.
///
/// ```swift
/// engine.stats.sent["console"]                 // 3
/// engine.stats.failed["webhook alerts.example"] // 1
/// engine.stats.lastFailure                      // "webhook https://alerts.example/hook: HTTP 500; …"
/// ```
public struct AlertEngineStats: Sendable, Hashable {
    /// Alerts each channel accepted, by channel name.
    ///
    /// ```swift
    /// engine.stats.sent["console"]   // 3
    /// ```
    public var sent: [String: Int] = [:]
    /// Alerts each channel threw on, by channel name.
    ///
    /// ```swift
    /// engine.stats.failed["webhook alerts.example"]   // 1
    /// ```
    public var failed: [String: Int] = [:]
    /// The error of the latest failed delivery.
    ///
    /// ```swift
    /// engine.stats.lastFailure   // "webhook https://alerts.example/hook: HTTP 500; …"
    /// ```
    public var lastFailure: String?
    /// Groups dropped because a rule had too many (least recently violated first).
    ///
    /// ```swift
    /// engine.stats.evictedGroups   // 0 unless a rule had more than groupLimit groups
    /// ```
    public var evictedGroups = 0
    /// Remembered fingerprints and resolutions forgotten to stay within their limits (oldest first).
    ///
    /// ```swift
    /// engine.stats.forgotten   // 0 unless more than memoryLimit fingerprints were seen
    /// ```
    public var forgotten = 0
    /// Alerts not delivered because the background delivery queue was full (a channel slower than the
    /// alerts it is sent).
    ///
    /// ```swift
    /// engine.stats.dropped   // 0 unless more than deliveryQueueLimit alerts waited for their channels
    /// ```
    public var dropped = 0

    /// Creates empty statistics.
    ///
    /// ```swift
    /// AlertEngineStats().sent.isEmpty   // true
    /// ```
    public init() {}
}
