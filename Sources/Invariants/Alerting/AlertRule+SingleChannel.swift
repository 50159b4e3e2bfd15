extension AlertRule {
    /// ``count(_:within:groupBy:notify:cooldown:)`` with one channel.
    ///
    /// ```swift
    /// let rule = AlertRule.count(5, within: .seconds(60), notify: .webhook(URL(string: "https://alerts.example/hook")!))
    /// ```
    public static func count(
        _ n: Int,
        within window: Duration,
        groupBy grouping: AlertGrouping = .rule,
        notify channel: some AlertChannel,
        cooldown: Duration = .seconds(300)
    ) -> AlertRule {
        count(n, within: window, groupBy: grouping, notify: [channel], cooldown: cooldown)
    }

    /// ``rate(above:for:keepFiringFor:within:groupBy:notify:cooldown:)`` with one channel.
    ///
    /// ```swift
    /// let rule = AlertRule.rate(above: 0.01, for: .seconds(120), notify: .console)
    /// ```
    public static func rate(
        above r: Double,
        for duration: Duration,
        keepFiringFor: Duration = .zero,
        within window: Duration = .seconds(60),
        groupBy grouping: AlertGrouping = .rule,
        notify channel: some AlertChannel,
        cooldown: Duration = .seconds(300)
    ) -> AlertRule {
        rate(
            above: r, for: duration, keepFiringFor: keepFiringFor, within: window, groupBy: grouping,
            notify: [channel], cooldown: cooldown)
    }

    /// ``newFingerprint(notify:ignoring:)`` with one channel.
    ///
    /// ```swift
    /// let rule = AlertRule.newFingerprint(notify: .console)
    /// ```
    public static func newFingerprint(notify channel: some AlertChannel, ignoring known: Set<String> = []) -> AlertRule
    {
        newFingerprint(notify: [channel], ignoring: known)
    }

    /// ``regression(notify:)`` with one channel.
    ///
    /// ```swift
    /// let rule = AlertRule.regression(notify: .console)
    /// ```
    public static func regression(notify channel: some AlertChannel) -> AlertRule {
        regression(notify: [channel])
    }
}
