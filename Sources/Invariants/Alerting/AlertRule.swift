/// When to alert, how to group violations, whom to notify and how often.
///
/// Build rules with the factories ``count(_:within:groupBy:notify:cooldown:)``,
/// ``rate(above:for:keepFiringFor:within:groupBy:notify:cooldown:)``, ``newFingerprint(notify:ignoring:)``
/// and ``regression(notify:)``; rename one with ``named(_:)``.
///
/// ```swift
/// let rules: [AlertRule] = [
///     .count(5, within: .seconds(60), notify: [.console]),
///     .rate(above: 0.02, for: .seconds(120), notify: [.webhook(hook)]).named("pricing error rate"),
/// ]
/// ```
public struct AlertRule: Sendable {
    /// What makes a rule fire.
    public enum Kind: Sendable, Hashable {
        /// At least `threshold` adjusted violations in the sliding `window`.
        case count(threshold: Int, window: Duration)
        /// Adjusted violations ÷ adjusted checks in `window` above `threshold` for `for`; resolved after
        /// `keepFiringFor` below it.
        case rate(threshold: Double, window: Duration, for: Duration, keepFiringFor: Duration)
        /// A fingerprint seen for the first time.
        case newFingerprint(known: Set<String>)
        /// An invariant violated again after an alert about it resolved.
        case regression
    }

    /// The rule's name, as alerts show it; a description of the condition unless ``named(_:)`` set one.
    public var name: String
    /// What makes the rule fire.
    public var kind: Kind
    /// Which violations are counted together.
    public var grouping: AlertGrouping
    /// Where the rule's alerts go.
    public var channels: [any AlertChannel]
    /// The shortest time between two `firing` notifications of one group.
    public var cooldown: Duration

    /// Creates a rule from its parts; prefer the factories.
    ///
    /// ```swift
    /// let rule = AlertRule(name: "tax", kind: .count(threshold: 3, window: .seconds(60)), notify: [.console])
    /// ```
    public init(
        name: String,
        kind: Kind,
        grouping: AlertGrouping = .rule,
        notify channels: [any AlertChannel],
        cooldown: Duration = .seconds(300)
    ) {
        self.name = name
        self.kind = kind
        self.grouping = grouping
        self.channels = channels
        self.cooldown = cooldown
    }

    /// The same rule under another name.
    ///
    /// ```swift
    /// let rule = AlertRule.count(5, within: .seconds(60), notify: [.console]).named("tax storm")
    /// ```
    public func named(_ name: String) -> AlertRule {
        var copy = self
        copy.name = name
        return copy
    }
}
