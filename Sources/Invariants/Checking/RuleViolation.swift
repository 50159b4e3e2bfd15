/// One rule that did not hold for one call: it returned `false`, or it threw.
///
/// ```swift
/// let outcome = quoteRules.check(cart, quote)
/// outcome.violations.map(\.invariantID)   // ["pricing.quote/total-covers-lines"]
/// outcome.violations.first?.message       // "\Quote.tax was -0.01"
/// ```
public struct RuleViolation: Sendable, Hashable, CustomStringConvertible {
    /// The rule that was violated.
    public let rule: RuleDescriptor
    /// What was observed, rendered when the rule failed (never for a passing rule).
    public let message: String
    /// The error the rule threw, described; `nil` when the rule returned `false`.
    public let ruleError: String?

    /// Creates a violation for a rule that returned `false`.
    public init(rule: RuleDescriptor, message: String) {
        self.rule = rule
        self.message = message
        self.ruleError = nil
    }

    /// Creates a violation for a rule that threw instead of answering.
    public init(rule: RuleDescriptor, error: any Error) {
        self.rule = rule
        self.message = "rule threw an error: \(String(describing: error))"
        self.ruleError = String(describing: error)
    }

    /// The rule's stable id, `"<set-id>/<rule-id>"`.
    public var invariantID: String { rule.id }

    /// The rule's own id, without its set's.
    public var ruleID: String { rule.ruleID }

    /// The rule's severity.
    public var severity: Severity { rule.severity }

    /// Whether the rule threw rather than returned `false`.
    public var isRuleError: Bool { ruleError != nil }

    /// `"pricing.quote/tax-non-negative [error]: \Quote.tax was -0.01"`.
    public var description: String { "\(rule.id) [\(rule.severity)]: \(message)" }
}
