/// What a rule is, without running it: its stable id, severity, owner and tags.
///
/// Every rule in an ``InvariantSet`` has one; ``InvariantSet/rules`` lists them in declaration order.
///
/// ```swift
/// quoteRules.rules.map(\.id)   // ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"]
/// ```
public struct RuleDescriptor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The stable, full id of the rule: `"<set-id>/<rule-id>"`.
    public internal(set) var id: String
    /// The id of the set that declared the rule.
    public internal(set) var setID: String
    /// The rule's own id, as written in the rule.
    public let ruleID: String
    /// How serious a violation of this rule is.
    public let severity: Severity
    /// The team or person who owns the rule, if declared.
    public let owner: String?
    /// Free-form tags, for routing and reports.
    public let tags: [String]
    /// The kind of rule: `Invariant`, `Expect`, `ForEach`, `AnyOf` or `Not`.
    public let kind: String
    /// The position of the rule in its set, from 0, used to select single rules cheaply.
    public internal(set) var ordinal: Int

    /// Creates the descriptor of a rule that is not yet part of a set.
    @usableFromInline
    init(ruleID: String, severity: Severity, owner: String?, tags: [String], kind: String) {
        precondition(!ruleID.isEmpty, "\(kind): a rule id must not be empty")
        precondition(!ruleID.contains("/"), "\(kind) '\(ruleID)': a rule id must not contain '/'")
        self.id = ruleID
        self.setID = ""
        self.ruleID = ruleID
        self.severity = severity
        self.owner = owner
        self.tags = tags
        self.kind = kind
        self.ordinal = 0
    }

    public var description: String {
        var text = "\(id) [\(severity)]"
        if let owner { text += " owner=\(owner)" }
        if !tags.isEmpty { text += " tags=\(tags.joined(separator: ","))" }
        return text
    }
}
