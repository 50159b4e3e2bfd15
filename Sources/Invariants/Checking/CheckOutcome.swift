/// The result of checking one input/output pair against an ``InvariantSet``.
///
/// ```swift
/// let outcome = quoteRules.check(cart, quote)
/// if !outcome.hasPassed { print(outcome) }
/// ```
public struct CheckOutcome: Sendable, Hashable, CustomStringConvertible {
    /// Every rule that failed or threw, in declaration order. Empty when the check passed.
    public let violations: [RuleViolation]

    /// Creates an outcome from the violations a check found.
    @inlinable
    public init(violations: [RuleViolation]) {
        self.violations = violations
    }

    /// The outcome of a check where every rule held.
    public static let passed = CheckOutcome(violations: [])

    /// Whether every rule held.
    @inlinable
    public var hasPassed: Bool { violations.isEmpty }

    /// The rules that returned `false`.
    public var failures: [RuleViolation] { violations.filter { !$0.isRuleError } }

    /// The rules that threw.
    public var ruleErrors: [RuleViolation] { violations.filter(\.isRuleError) }

    /// The highest severity among the violations, or `nil` when the check passed.
    public var highestSeverity: Severity? { violations.map(\.severity).max() }

    /// `"passed"`, or one line per violation.
    public var description: String {
        if hasPassed { return "passed" }
        return violations.map { "✗ \($0)" }.joined(separator: "\n")
    }
}
