/// One rule that did not hold for one call: it returned `false`, or it threw.
///
/// ```swift
/// let outcome = quoteRules.check(cart, quote)
/// outcome.violations.map(\.invariantID)   // ["pricing.quote/total-covers-lines"]
/// outcome.violations.first?.message       // "\Quote.tax was -0.01"
/// ```
public struct RuleViolation: Sendable, Hashable, CustomStringConvertible {
    /// The rule that was violated.
    ///
    /// ```swift
    /// violation.rule.owner   // "tax-team"
    /// ```
    public let rule: RuleDescriptor
    /// What was observed, rendered when the rule failed (never for a passing rule).
    ///
    /// ```swift
    /// violation.message   // "\\Quote.lineTotals[2] was -5 (1 of 4 elements failed)"
    /// ```
    public let message: String
    /// The error the rule threw, described; `nil` when the rule returned `false`.
    ///
    /// ```swift
    /// violation.ruleError   // "RateTableMissing()" when the rule threw, else nil
    /// ```
    public let ruleError: String?

    /// Creates a violation for a rule that returned `false`.
    ///
    /// ```swift
    /// RuleViolation(rule: quoteRules.rules[0], message: "total 9.99 < sum of lines 10.00")
    /// ```
    public init(rule: RuleDescriptor, message: String) {
        self.rule = rule
        self.message = message
        self.ruleError = nil
    }

    /// Creates a violation for a rule that threw instead of answering.
    ///
    /// ```swift
    /// RuleViolation(rule: quoteRules.rules[0], error: RateTableMissing()).message
    /// // "rule threw an error: RateTableMissing()"
    /// ```
    public init(rule: RuleDescriptor, error: any Error) {
        self.rule = rule
        self.message = "rule threw an error: \(String(describing: error))"
        self.ruleError = String(describing: error)
    }

    /// The rule's stable id, `"<set-id>/<rule-id>"`.
    ///
    /// ```swift
    /// violation.invariantID   // "pricing.quote/tax-non-negative"
    /// ```
    public var invariantID: String { rule.id }

    /// The rule's own id, without its set's.
    ///
    /// ```swift
    /// violation.ruleID   // "tax-non-negative"
    /// ```
    public var ruleID: String { rule.ruleID }

    /// The rule's severity.
    ///
    /// ```swift
    /// outcome.violations.filter { $0.severity >= .error }
    /// ```
    public var severity: Severity { rule.severity }

    /// Whether the rule threw rather than returned `false`.
    ///
    /// ```swift
    /// outcome.violations.filter(\.isRuleError)   // the rules that threw
    /// ```
    public var isRuleError: Bool { ruleError != nil }

    /// `"pricing.quote/tax-non-negative [error]: \Quote.tax was -0.01"`.
    ///
    /// ```swift
    /// print(violation)   // pricing.quote/tax-non-negative [error]: \Quote.tax was -0.01
    /// ```
    public var description: String { "\(rule.id) [\(rule.severity)]: \(message)" }
}
