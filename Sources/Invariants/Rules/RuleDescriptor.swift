/// What a rule is, without running it: its stable id, severity, owner and tags.
///
/// Every rule in an ``InvariantSet`` has one; ``InvariantSet/rules`` lists them in declaration order.
///
/// ```swift
/// quoteRules.rules.map(\.id)   // ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"]
/// ```
public struct RuleDescriptor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The stable, full id of the rule: `"<set-id>/<rule-id>"`.
    ///
    /// ```swift
    /// quoteRules.rules[0].id   // "pricing.quote/total-covers-lines"
    /// ```
    public internal(set) var id: String
    /// The id of the set that declared the rule.
    ///
    /// ```swift
    /// checkoutRules.rules[0].setID   // "pricing.quote", even inside the "checkout" set
    /// ```
    public internal(set) var setID: String
    /// The rule's own id, as written in the rule.
    ///
    /// ```swift
    /// quoteRules.rules[0].ruleID   // "total-covers-lines"
    /// ```
    public let ruleID: String
    /// How serious a violation of this rule is.
    ///
    /// ```swift
    /// quoteRules.rules.filter { $0.severity == .critical }
    /// ```
    public let severity: Severity
    /// The team or person who owns the rule, if declared.
    ///
    /// ```swift
    /// authRules.rules[0].owner   // "identity-team"
    /// ```
    public let owner: String?
    /// Free-form tags, for routing and reports.
    ///
    /// ```swift
    /// authRules.rules.filter { $0.tags.contains("tenancy") }
    /// ```
    public let tags: [String]
    /// The kind of rule: `Invariant`, `Expect`, `ForEach`, `AnyOf` or `Not`.
    ///
    /// ```swift
    /// quoteRules.rules.map(\.kind)   // ["Invariant", "Invariant", "Expect", "Expect", "ForEach"]
    /// ```
    public let kind: String
    /// The position of the rule in its set, from 0, used to select single rules cheaply.
    ///
    /// ```swift
    /// quoteRules.rule("pricing.quote/tax-non-negative")?.ordinal   // 2
    /// ```
    public internal(set) var ordinal: Int
    /// What makes the rule invalid (an empty id, a `/` in it, an empty ``AnyOf``), reported when its set is
    /// built: thrown by ``InvariantSet/validated(_:_:)``, a precondition failure in ``InvariantSet/init(_:_:)``.
    var problem: String?

    private enum CodingKeys: String, CodingKey {
        case id, setID, ruleID, severity, owner, tags, kind, ordinal
    }

    /// Creates the descriptor of a rule that is not yet part of a set; an invalid id is noted, not fatal.
    @usableFromInline
    init(ruleID: String, severity: Severity, owner: String?, tags: [String], kind: String) {
        if ruleID.isEmpty {
            problem = "\(kind): a rule id must not be empty"
        } else if ruleID.contains("/") {
            problem = "\(kind) '\(ruleID)': a rule id must not contain '/'"
        }
        self.id = ruleID
        self.setID = ""
        self.ruleID = ruleID
        self.severity = severity
        self.owner = owner
        self.tags = tags
        self.kind = kind
        self.ordinal = 0
    }

    /// `"pricing.quote/total-covers-lines [critical] owner=pricing-team tags=money"`.
    ///
    /// ```swift
    /// print(quoteRules.rules[0])   // pricing.quote/total-covers-lines [critical]
    /// ```
    public var description: String {
        var text = "\(id) [\(severity)]"
        if let owner { text += " owner=\(owner)" }
        if !tags.isEmpty { text += " tags=\(tags.joined(separator: ","))" }
        return text
    }
}
