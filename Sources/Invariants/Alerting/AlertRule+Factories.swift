extension AlertRule {
    /// Fires when a group has at least `n` violations in the last `window`, and resolves when the
    /// count drops below `n` again.
    ///
    /// Violations are counted with their adjusted counts (``ViolationRecord/adjustedCount``): a record
    /// checked at a sampling rate of 0.1 counts as 10, so the threshold reads in real calls. The
    /// window is `(now − window, now]` on the engine's clock, by the records' timestamps.
    ///
    /// ```swift
    /// let rule = AlertRule.count(5, within: .seconds(60), groupBy: .fingerprint, notify: [.console])
    /// ```
    public static func count(
        _ n: Int,
        within window: Duration,
        groupBy grouping: AlertGrouping = .rule,
        notify channels: [any AlertChannel],
        cooldown: Duration = .seconds(300)
    ) -> AlertRule {
        precondition(n > 0, "AlertRule.count: the threshold must be positive, got \(n)")
        precondition(window > .zero, "AlertRule.count: the window must be positive, got \(window)")
        return AlertRule(
            name: "count ≥ \(n) in \(AlertText.duration(window))",
            kind: .count(threshold: n, window: window),
            grouping: grouping,
            notify: channels,
            cooldown: cooldown
        )
    }

    /// Fires when a group's violation rate stays above `r` for `duration`, and resolves once it has
    /// been at or below `r` for `keepFiringFor`.
    ///
    /// The rate is the adjusted violations of the group in the last `window` divided by the adjusted
    /// checks, in the same window, of the rule sets the group's violations belong to, as reported by
    /// ``AlertEngine/observeChecks(setID:count:at:)``. While no checks are known the rate is unknown and
    /// the rule's state does not change. The rate is re-evaluated whenever the engine observes
    /// something or ``AlertEngine/evaluate()`` is called.
    ///
    /// ```swift
    /// let rule = AlertRule.rate(above: 0.01, for: .seconds(120), keepFiringFor: .seconds(300), notify: [.console])
    /// ```
    public static func rate(
        above r: Double,
        for duration: Duration,
        keepFiringFor: Duration = .zero,
        within window: Duration = .seconds(60),
        groupBy grouping: AlertGrouping = .rule,
        notify channels: [any AlertChannel],
        cooldown: Duration = .seconds(300)
    ) -> AlertRule {
        precondition(r >= 0 && r.isFinite, "AlertRule.rate: the threshold must be a finite rate ≥ 0, got \(r)")
        precondition(window > .zero, "AlertRule.rate: the window must be positive, got \(window)")
        return AlertRule(
            name: "rate > \(AlertText.percent(r)) for \(AlertText.duration(duration))",
            kind: .rate(threshold: r, window: window, for: duration, keepFiringFor: keepFiringFor),
            grouping: grouping,
            notify: channels,
            cooldown: cooldown
        )
    }

    /// Notifies once for every fingerprint (one rule broken at one call site) the engine has not seen
    /// before; fingerprints in `known` (from yesterday's journal, say) never notify.
    ///
    /// The engine remembers a bounded number of fingerprints; the oldest are forgotten first.
    ///
    /// ```swift
    /// let rule = AlertRule.newFingerprint(notify: [.console], ignoring: ["9c1e2f3a4b5c6d7e"])
    /// ```
    public static func newFingerprint(
        notify channels: [any AlertChannel], ignoring known: Set<String> = []
    ) -> AlertRule {
        AlertRule(
            name: "new fingerprint", kind: .newFingerprint(known: known), grouping: .fingerprint, notify: channels)
    }

    /// Notifies when an invariant is violated again after an alert about it (from a count or rate rule
    /// of the same engine) resolved: once per resolution and invariant.
    ///
    /// ```swift
    /// let rules: [AlertRule] = [
    ///     .count(5, within: .seconds(60), notify: [.console]),
    ///     .regression(notify: [.console]),
    /// ]
    /// ```
    public static func regression(notify channels: [any AlertChannel]) -> AlertRule {
        AlertRule(name: "regression", kind: .regression, grouping: .rule, notify: channels, cooldown: .zero)
    }
}
