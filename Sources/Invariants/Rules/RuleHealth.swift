/// How often one rule ran, held, failed and threw under a monitor's checks.
///
/// Counts start at zero when the rule set is built and only grow; subtract an earlier reading with
/// ``since(_:)`` to see one window. A rule with ``evaluated`` 0 over a window the service was busy is
/// dead weight or a sign of a `When` whose condition never holds.
///
/// ```swift
/// let before = monitor.ruleHealth
/// // … an hour of traffic …
/// for rule in RuleHealth.window(monitor.ruleHealth, since: before) where rule.evaluated == 0 {
///     print("\(rule.invariantID) was not evaluated in the last hour")
/// }
/// ```
public struct RuleHealth: Sendable, Hashable {
    /// The rule, as the guarded set lists it.
    ///
    /// ```swift
    /// reading.rule.severity   // .critical
    /// ```
    public let rule: RuleDescriptor
    /// Checks that evaluated the rule (a rule inside a `When` whose condition did not hold is not evaluated).
    ///
    /// ```swift
    /// monitor.ruleHealth.filter { $0.evaluated == 0 }   // rules no check reached
    /// ```
    public var evaluated: Int
    /// Evaluations where the rule did not hold.
    ///
    /// ```swift
    /// monitor.ruleHealth.filter { $0.failed > 0 }.map(\.invariantID)
    /// ```
    public var failed: Int
    /// Evaluations where the rule threw instead of answering.
    ///
    /// ```swift
    /// monitor.ruleHealth.filter { $0.errored > 0 }   // rules that threw instead of answering
    /// ```
    public var errored: Int

    /// Creates a reading.
    ///
    /// ```swift
    /// let reading = RuleHealth(rule: quoteRules.rules[0], evaluated: 1_200, failed: 2, errored: 0)
    /// ```
    public init(rule: RuleDescriptor, evaluated: Int, failed: Int, errored: Int) {
        self.rule = rule
        self.evaluated = evaluated
        self.failed = failed
        self.errored = errored
    }

    /// The rule's full id, `set/rule`.
    ///
    /// ```swift
    /// reading.invariantID   // "pricing.quote/total-covers-lines"
    /// ```
    public var invariantID: String { rule.id }

    /// Evaluations where the rule held.
    ///
    /// ```swift
    /// RuleHealth(rule: rule, evaluated: 1_200, failed: 2, errored: 1).passed   // 1197
    /// ```
    public var passed: Int { max(0, evaluated - failed - errored) }

    /// The counts since `earlier`, a reading of the same rule.
    ///
    /// ```swift
    /// let lastHour = now.since(anHourAgo)   // counts between the two readings
    /// ```
    public func since(_ earlier: RuleHealth) -> RuleHealth {
        RuleHealth(
            rule: rule,
            evaluated: evaluated - earlier.evaluated,
            failed: failed - earlier.failed,
            errored: errored - earlier.errored
        )
    }

    /// Each reading of `current` minus the reading of the same rule in `earlier` (unchanged when absent).
    ///
    /// ```swift
    /// let window = RuleHealth.window(monitor.ruleHealth, since: before)
    /// ```
    public static func window(_ current: [RuleHealth], since earlier: [RuleHealth]) -> [RuleHealth] {
        let previous = Dictionary(earlier.map { ($0.invariantID, $0) }, uniquingKeysWith: { first, _ in first })
        return current.map { reading in previous[reading.invariantID].map(reading.since) ?? reading }
    }
}

extension RuleHealth: CustomStringConvertible {
    /// `pricing.quote/tax-non-negative: 1200 evaluated, 1198 passed, 2 failed, 0 errored`.
    ///
    /// ```swift
    /// print(reading)   // pricing.quote/tax-non-negative: 1200 evaluated, 1198 passed, 2 failed, 0 errored
    /// ```
    public var description: String {
        "\(invariantID): \(evaluated) evaluated, \(passed) passed, \(failed) failed, \(errored) errored"
    }
}
