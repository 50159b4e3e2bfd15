/// The result of checking one input/output pair against an ``InvariantSet``.
///
/// ```swift
/// let outcome = quoteRules.check(cart, quote)
/// if !outcome.hasPassed { print(outcome) }
/// ```
public struct CheckOutcome: Sendable, Hashable, CustomStringConvertible {
    /// Every rule that failed or threw, in declaration order. Empty when the check passed.
    ///
    /// ```swift
    /// quoteRules.check(cart, quote).violations.map(\.invariantID)   // ["pricing.quote/exempt-pays-no-tax"]
    /// ```
    public let violations: [RuleViolation]

    /// Creates an outcome from the violations a check found.
    ///
    /// ```swift
    /// let violation = RuleViolation(rule: quoteRules.rules[0], message: "total 9.99 < 10.00")
    /// let outcome = CheckOutcome(violations: [violation])
    /// ```
    @inlinable
    public init(violations: [RuleViolation]) {
        self.violations = violations
    }

    /// The outcome of a check where every rule held.
    ///
    /// ```swift
    /// quoteRules.check(cart, correctQuote) == .passed   // true
    /// ```
    public static let passed = CheckOutcome(violations: [])

    /// Whether every rule held.
    ///
    /// ```swift
    /// #expect(quoteRules.check(cart, quote).hasPassed)
    /// ```
    @inlinable
    public var hasPassed: Bool { violations.isEmpty }

    /// The rules that returned `false`.
    ///
    /// ```swift
    /// quoteRules.check(cart, quote).failures.map(\.message)   // ["\\Quote.tax was 1.2"]
    /// ```
    public var failures: [RuleViolation] { violations.filter { !$0.isRuleError } }

    /// The rules that threw.
    ///
    /// ```swift
    /// for violation in outcome.ruleErrors { print(violation.ruleError ?? "") }   // "RateTableMissing()"
    /// ```
    public var ruleErrors: [RuleViolation] { violations.filter(\.isRuleError) }

    /// The highest severity among the violations, or `nil` when the check passed.
    ///
    /// ```swift
    /// if outcome.highestSeverity == .critical { page(outcome) }
    /// ```
    public var highestSeverity: Severity? { violations.map(\.severity).max() }

    /// `"passed"`, or one line per violation.
    ///
    /// ```swift
    /// print(outcome)   // ✗ pricing.quote/exempt-pays-no-tax [error]: \Quote.tax was 1.2
    /// ```
    public var description: String {
        if hasPassed { return "passed" }
        return violations.map { "✗ \($0)" }.joined(separator: "\n")
    }
}
