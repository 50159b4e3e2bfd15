/// Which violations an alert rule counts together: one group per rule, per fingerprint, per code
/// origin, or any combination of them.
///
/// A group's key joins the chosen parts with ` | `: the invariant ID (`.rule`), the fingerprint
/// (`.fingerprint`) and the origin's model, or its description when it has no model (`.origin`).
/// An empty grouping puts every violation in one group, `*`.
///
/// ```swift
/// let perCallSite: AlertGrouping = .fingerprint
/// let perRuleAndModel: AlertGrouping = [.rule, .origin]   // key "pricing.quote/tax-non-negative | model-x"
/// ```
public struct AlertGrouping: OptionSet, Sendable, Hashable {
    /// The raw bits of the option set.
    ///
    /// ```swift
    /// AlertGrouping([.rule, .origin]).rawValue   // 5
    /// ```
    public let rawValue: Int

    /// Creates a grouping from its raw bits.
    ///
    /// ```swift
    /// AlertGrouping(rawValue: 1) == .rule   // true
    /// ```
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// One group per invariant ID, such as `pricing.quote/tax-non-negative`.
    ///
    /// ```swift
    /// AlertRule.count(5, within: .seconds(60), groupBy: .rule, notify: .console)
    /// ```
    public static let rule = AlertGrouping(rawValue: 1 << 0)
    /// One group per fingerprint: one rule broken at one call site.
    ///
    /// ```swift
    /// AlertRule.count(5, within: .seconds(60), groupBy: .fingerprint, notify: .console)   // per call site
    /// ```
    public static let fingerprint = AlertGrouping(rawValue: 1 << 1)
    /// One group per code origin: the generating model, or the origin's description.
    ///
    /// ```swift
    /// AlertRule.count(5, within: .seconds(60), groupBy: [.rule, .origin], notify: .console)   // per rule and model
    /// ```
    public static let origin = AlertGrouping(rawValue: 1 << 2)

    /// The key of the group `record` belongs to.
    ///
    /// ```swift
    /// AlertGrouping.rule.key(for: record)   // "pricing.quote/tax-non-negative"
    /// ```
    public func key(for record: ViolationRecord) -> String {
        var parts: [String] = []
        if contains(.rule) { parts.append(record.invariantID) }
        if contains(.fingerprint) { parts.append(record.fingerprint) }
        if contains(.origin) { parts.append(record.origin.model ?? record.origin.description) }
        return parts.isEmpty ? "*" : parts.joined(separator: " | ")
    }
}
