/// Where alerts go: standard error, a closure, a webhook, or your own pager integration.
///
/// The engine calls ``send(_:)`` outside its lock, on the thread that observed the violations (the
/// monitor's background thread). A channel that throws never breaks the engine: the failure is counted
/// under the channel's ``name`` in ``AlertEngine/stats``.
///
/// ```swift
/// struct PagerChannel: AlertChannel {
///     func send(_ alert: Alert) throws { try Pager.page(alert.summary) }
/// }
/// let rule = AlertRule.count(5, within: .seconds(60), notify: [PagerChannel(), .console])
/// ```
public protocol AlertChannel: Sendable {
    /// Delivers one alert; throws if it could not.
    ///
    /// ```swift
    /// func send(_ alert: Alert) throws { try Pager.page(alert.summary) }
    /// ```
    func send(_ alert: Alert) throws

    /// The name delivery counters use, such as `console` or `webhook hooks.example.com`.
    ///
    /// ```swift
    /// var name: String { "pager" }   // counted as engine.stats.sent["pager"]
    /// ```
    var name: String { get }
}

extension AlertChannel {
    /// The channel's type name.
    ///
    /// ```swift
    /// PagerChannel().name   // "PagerChannel"
    /// ```
    public var name: String { String(describing: Self.self) }
}
