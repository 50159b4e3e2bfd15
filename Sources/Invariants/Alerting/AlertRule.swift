/// When to alert, how to group violations, whom to notify and how often.
///
/// Build rules with the factories `count(_:within:groupBy:notify:cooldown:)`,
/// `rate(above:for:keepFiringFor:within:groupBy:notify:cooldown:)`, `newFingerprint(notify:ignoring:)`
/// and `regression(notify:)` (each with one channel or a list); rename one with ``named(_:)``.
///
/// ```swift
/// let rules: [AlertRule] = [
///     .count(5, within: .seconds(60), notify: [.console]),
///     .rate(above: 0.02, for: .seconds(120), notify: [.webhook(hook)]).named("pricing error rate"),
/// ]
/// ```
public struct AlertRule: Sendable {
    /// What makes a rule fire.
    ///
    /// ```swift
    /// if case .count(let threshold, let window) = rule.kind { print(threshold, window) }
    /// ```
    public enum Kind: Sendable, Hashable {
        /// At least `threshold` adjusted violations in the sliding `window`.
        ///
        /// ```swift
        /// AlertRule(name: "tax", kind: .count(threshold: 3, window: .seconds(60)), notify: [.console])
        /// ```
        case count(threshold: Int, window: Duration)
        /// Adjusted violations ÷ adjusted checks in `window` above `threshold` for `for`; resolved after
        /// `keepFiringFor` below it.
        ///
        /// ```swift
        /// AlertRule.rate(above: 0.02, for: .seconds(120), notify: .console).kind
        /// // .rate(threshold: 0.02, window: .seconds(60), for: .seconds(120), keepFiringFor: .zero)
        /// ```
        case rate(threshold: Double, window: Duration, for: Duration, keepFiringFor: Duration)
        /// A fingerprint seen for the first time.
        ///
        /// ```swift
        /// let kind = AlertRule.Kind.newFingerprint(known: yesterdaysFingerprints)
        /// AlertRule(name: "new", kind: kind, grouping: .fingerprint, notify: [.console])
        /// ```
        case newFingerprint(known: Set<String>)
        /// An invariant violated again after an alert about it resolved.
        ///
        /// ```swift
        /// AlertRule.regression(notify: .console).kind   // .regression
        /// ```
        case regression
    }

    /// The rule's name, as alerts show it; a description of the condition unless ``named(_:)`` set one.
    ///
    /// ```swift
    /// AlertRule.count(5, within: .seconds(60), notify: .console).name   // "count ≥ 5 in 60s"
    /// ```
    public var name: String
    /// What makes the rule fire.
    ///
    /// ```swift
    /// rule.kind   // .count(threshold: 5, window: .seconds(60))
    /// ```
    public var kind: Kind
    /// Which violations are counted together.
    ///
    /// ```swift
    /// AlertRule.newFingerprint(notify: .console).grouping   // .fingerprint
    /// ```
    public var grouping: AlertGrouping
    /// Where the rule's alerts go.
    ///
    /// ```swift
    /// rule.channels.map(\.name)   // ["console", "webhook alerts.example"]
    /// ```
    public var channels: [any AlertChannel]
    /// The shortest time between two `firing` notifications of one group.
    ///
    /// ```swift
    /// AlertRule.count(5, within: .seconds(60), notify: .console, cooldown: .seconds(900)).cooldown
    /// ```
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
