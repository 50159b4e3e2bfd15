/// How well the rules agree with reviewers, per rule and per set: precision (violations that were real) and
/// miss rate (passing calls that were wrong).
///
/// An item counts with its ``ReviewItem/judgement``: the label most reviewers gave, `unsure` left out.
/// On a call whose rules failed, `incorrect` confirms the violation and `correct` makes it a false alarm;
/// on a passing call, `incorrect` means the rules missed a bug. A failed call counts for each rule that
/// failed on it, a passing call for each rule that was checked. Rules that threw are left out.
///
/// ```swift
/// let stats = try queue.contents().stats
/// stats.rules["pricing.quote/exempt-pays-no-tax"]?.precision   // 0.75: 3 of 4 judged violations were real
/// stats.sets["pricing.quote"]?.missRate                        // 0.02: 1 of 50 judged passing calls was wrong
/// ```
public struct ReviewStats: Sendable, Hashable {
    /// The judged items of one rule or set.
    ///
    /// ```swift
    /// counts.precision   // confirmedViolations / judgedViolations, nil when none was judged
    /// ```
    public struct Counts: Sendable, Hashable {
        /// Failed calls judged `correct` or `incorrect`.
        public var judgedViolations = 0
        /// Failed calls judged `incorrect`: the rule caught a real bug.
        public var confirmedViolations = 0
        /// Passing calls judged `correct` or `incorrect`.
        public var judgedPasses = 0
        /// Passing calls judged `incorrect`: the rules missed a bug.
        public var missedBugs = 0
        /// Items with verdicts but no judgement (only `unsure`, or a tie).
        public var undecided = 0

        /// Creates empty counts.
        ///
        /// ```swift
        /// var counts = ReviewStats.Counts()
        /// ```
        public init() {}

        /// Failed calls judged `correct`: false alarms.
        public var falseAlarms: Int { judgedViolations - confirmedViolations }

        /// Confirmed violations ÷ judged violations; `nil` before any violation was judged.
        public var precision: Double? {
            judgedViolations == 0 ? nil : Double(confirmedViolations) / Double(judgedViolations)
        }

        /// Missed bugs ÷ judged passing calls; `nil` before any passing call was judged.
        public var missRate: Double? {
            judgedPasses == 0 ? nil : Double(missedBugs) / Double(judgedPasses)
        }

        mutating func count(failed: Bool, _ judgement: ReviewVerdict.Label?) {
            guard let judgement else {
                undecided += 1
                return
            }
            if failed {
                judgedViolations += 1
                if judgement == .incorrect { confirmedViolations += 1 }
            } else {
                judgedPasses += 1
                if judgement == .incorrect { missedBugs += 1 }
            }
        }
    }

    /// Counts per rule, by full rule id.
    public var rules: [String: Counts] = [:]
    /// Counts per set, by set id.
    public var sets: [String: Counts] = [:]
    /// Counts over every item.
    public var overall = Counts()

    /// Counts the judged items (those with at least one verdict).
    ///
    /// ```swift
    /// let stats = ReviewStats(items: try queue.contents().items)
    /// ```
    public init(items: [ReviewItem]) {
        for item in items where !item.verdicts.isEmpty {
            let failedRules = Set(item.outcome.violations.filter { !$0.isRuleError }.map(\.invariantID))
            if failedRules.isEmpty && !item.outcome.hasPassed { continue }  // only rules that threw
            let failed = !failedRules.isEmpty
            let judgement = item.judgement
            let rulesCounted = failed ? failedRules : Set(item.outcome.checkedRules)
            for rule in rulesCounted { rules[rule, default: Counts()].count(failed: failed, judgement) }
            sets[item.setID, default: Counts()].count(failed: failed, judgement)
            overall.count(failed: failed, judgement)
        }
    }
}
