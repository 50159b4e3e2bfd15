/// Hands each alert to a closure: a custom integration in a few lines, or a collector in tests.
///
/// ```swift
/// let channel = ClosureAlertChannel(name: "pager") { alert in try pager.page(alert.summary) }
/// ```
public struct ClosureAlertChannel: AlertChannel {
    /// The name delivery counters use; `closure` by default.
    ///
    /// ```swift
    /// ClosureAlertChannel(name: "slack") { alert in slack.post(alert.summary) }.name   // "slack"
    /// ```
    public let name: String
    private let body: @Sendable (Alert) throws -> Void

    /// Creates a channel that calls `body` for every alert.
    ///
    /// ```swift
    /// let channel = ClosureAlertChannel(name: "slack") { alert in try slack.post(alert.summary) }
    /// ```
    public init(name: String = "closure", _ body: @escaping @Sendable (Alert) throws -> Void) {
        self.name = name
        self.body = body
    }

    /// Calls the closure; its error, if any, is counted by the engine.
    ///
    /// ```swift
    /// try channel.send(alert)   // the engine does this, outside its lock
    /// ```
    public func send(_ alert: Alert) throws {
        try body(alert)
    }
}

extension AlertChannel where Self == ClosureAlertChannel {
    /// Hands each alert to `body`.
    ///
    /// ```swift
    /// let rule = AlertRule.count(5, within: .seconds(60), notify: [.closure { alert in print(alert.summary) }])
    /// ```
    public static func closure(
        name: String = "closure",
        _ body: @escaping @Sendable (Alert) throws -> Void
    ) -> ClosureAlertChannel {
        ClosureAlertChannel(name: name, body)
    }
}
