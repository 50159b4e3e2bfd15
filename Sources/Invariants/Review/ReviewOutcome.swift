/// What the rules said about a reviewed call: which rules were checked, and which of them failed.
///
/// ```swift
/// item.outcome.hasPassed                       // false
/// item.outcome.violations.map(\.invariantID)   // ["pricing.quote/exempt-pays-no-tax"]
/// item.outcome.checkedRules.count              // 5
/// ```
public struct ReviewOutcome: Sendable, Hashable, Codable {
    /// One rule that failed (or threw) on the call.
    ///
    /// ```swift
    /// violation.description   // "pricing.quote/exempt-pays-no-tax [critical]: \Quote.tax was 77.51"
    /// ```
    public struct Violation: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The rule's full id, `"<set-id>/<rule-id>"`.
        ///
        /// ```swift
        /// violation.invariantID   // "pricing.quote/exempt-pays-no-tax"
        /// ```
        public var invariantID: String
        /// The rule's severity.
        ///
        /// ```swift
        /// violation.severity   // .critical
        /// ```
        public var severity: Severity
        /// What was observed, redacted.
        ///
        /// ```swift
        /// violation.message   // "\Quote.tax was 77.51"
        /// ```
        public var message: String
        /// Whether the rule threw rather than returned `false`.
        ///
        /// ```swift
        /// violation.isRuleError   // false
        /// ```
        public var isRuleError: Bool

        /// Creates a violation from its parts.
        ///
        /// ```swift
        /// ReviewOutcome.Violation(invariantID: "pricing.quote/tax", severity: .error, message: "tax was -1")
        /// ```
        public init(invariantID: String, severity: Severity, message: String, isRuleError: Bool = false) {
            self.invariantID = invariantID
            self.severity = severity
            self.message = message
            self.isRuleError = isRuleError
        }

        /// `"<id> [<severity>]: <message>"`.
        ///
        /// ```swift
        /// let violation = ReviewOutcome.Violation(
        ///     invariantID: "pricing.quote/tax", severity: .error, message: "tax was -1")
        /// violation.description   // "pricing.quote/tax [error]: tax was -1"
        /// ```
        public var description: String { "\(invariantID) [\(severity)]: \(message)" }
    }

    /// The full ids of the rules the sampler selected for the call, in declaration order; a rule inside a
    /// `When` whose condition did not hold is listed too.
    ///
    /// ```swift
    /// item.outcome.checkedRules.contains("pricing.quote/tax-non-negative")
    /// ```
    public var checkedRules: [String]
    /// The rules that failed or threw, in declaration order; empty when the call passed.
    ///
    /// ```swift
    /// item.outcome.violations.map(\.severity)   // [.critical]
    /// ```
    public var violations: [Violation]

    /// Creates an outcome.
    ///
    /// ```swift
    /// ReviewOutcome(checkedRules: ["pricing.quote/tax"], violations: [])   // a passing call
    /// ```
    public init(checkedRules: [String], violations: [Violation] = []) {
        self.checkedRules = checkedRules
        self.violations = violations
    }

    /// Whether every checked rule held.
    ///
    /// ```swift
    /// item.outcome.hasPassed && item.judgement == .incorrect   // a missed bug
    /// ```
    public var hasPassed: Bool { violations.isEmpty }

    /// The full ids of the rules that failed or threw.
    ///
    /// ```swift
    /// item.outcome.failedRules   // ["pricing.quote/exempt-pays-no-tax"]
    /// ```
    public var failedRules: [String] { violations.map(\.invariantID) }
}
