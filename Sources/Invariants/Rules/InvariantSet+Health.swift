extension InvariantSet {
    /// Each rule's counts so far, in the order of ``rules``: how often monitors (or checks with a
    /// ``RuleSelection/counting()`` selection) evaluated it, and how it answered.
    ///
    /// The counters belong to the set, so two monitors guarding the same set add to the same counts.
    ///
    /// ```swift
    /// quoteRules.health.filter { $0.failed > 0 }.map(\.invariantID)
    /// ```
    public var health: [RuleHealth] {
        zip(rules, counters).map { rule, counters in
            counters?.health(of: rule) ?? RuleHealth(rule: rule, evaluated: 0, failed: 0, errored: 0)
        }
    }
}
