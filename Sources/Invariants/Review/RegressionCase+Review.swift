extension RegressionCase {
    /// The case of a reviewed call, to replay in tests: its id, its input, and the first rule that failed on
    /// it (`nil` for a passing call the reviewers judged wrong, which the rules missed).
    ///
    /// ```swift
    /// let cases = try queue.contents().items.filter { $0.judgement == .incorrect }.map { RegressionCase($0) }
    /// ```
    public init(_ item: ReviewItem, note: String? = nil) {
        let failed = item.outcome.violations.first { !$0.isRuleError } ?? item.outcome.violations.first
        let reviewers = item.verdicts.filter { $0.label == .incorrect }.map { verdict in
            verdict.reviewer + (verdict.comment.map { ": " + $0 } ?? "")
        }
        let summary =
            (failed == nil ? "passed its rules, judged incorrect" : "judged a real violation")
            + (reviewers.isEmpty ? "" : " by " + reviewers.joined(separator: "; "))
        self.init(id: item.id, invariantID: failed?.invariantID, input: item.input, note: note ?? "review: " + summary)
    }
}
