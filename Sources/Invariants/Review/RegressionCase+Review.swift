extension RegressionCase {
    /// The case of a reviewed call, to replay in tests: its id, its input, the first rule that failed on
    /// it (`nil` for a passing call the reviewers judged wrong, which the rules missed), the output judged
    /// wrong, the reviewers' correction (``ReviewItem/correction``) and who judged it.
    ///
    /// ```swift
    /// let cases = try queue.contents().items.filter { $0.judgement == .incorrect }.map { RegressionCase($0) }
    /// ```
    public init(_ item: ReviewItem, note: String? = nil) {
        let failed = item.outcome.violations.first { !$0.isRuleError } ?? item.outcome.violations.first
        let judges = item.verdicts.filter { $0.label == .incorrect }
        let reviewers = judges.map { verdict in verdict.reviewer + (verdict.comment.map { ": " + $0 } ?? "") }
        let summary =
            (failed == nil ? "passed its rules, judged wrong (missed)" : "judged a real violation (confirmed)")
            + (reviewers.isEmpty ? "" : " by " + reviewers.joined(separator: "; "))
        self.init(
            id: item.id, invariantID: failed?.invariantID, input: item.input, note: note ?? "review: " + summary,
            output: item.output, correction: item.correction,
            reviewer: judges.isEmpty ? nil : judges.map(\.reviewer).joined(separator: ", "))
    }
}
