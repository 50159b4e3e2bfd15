extension InvariantMonitor {
    /// What the review routing did: calls routed, items written and dropped; `nil` without review routing.
    ///
    /// ```swift
    /// await monitor.flush()
    /// monitor.reviewHealth?.written   // items now in the queue
    /// ```
    public var reviewHealth: ReviewHealth? { review?.writer.currentHealth }

    /// The review routes that can take calls of this set and origin, or `nil`.
    func reviewRoutes<Input, Output>(for set: InvariantSet<Input, Output>, origin: CodeOrigin) -> SiteReviewRoutes? {
        review?.routes(forSet: set.id, rules: set.rules, origin: origin)
    }

    /// Routes a call of ``check(_:input:output:origin:fileID:function:line:)``, which has no guard to
    /// prepare the routes once: the routes are matched against the set's rules on each call, without
    /// allocating.
    @usableFromInline
    func routeCheckForReview<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        _ input: Input,
        _ output: Output,
        _ selection: RuleSelection,
        _ violations: [RuleViolation],
        _ origin: CodeOrigin,
        _ callSite: CallSite
    ) {
        guard let review, review.takes(set.id, set.rules, origin, selection, violations) else { return }
        let checked = set.rules.filter { selection.includes($0.severity, ordinal: $0.ordinal) }.map(\.id)
        submitForReview(review, set.id, input, output, checked, violations, origin, callSite)
    }

    /// Captures the call (redacted, on the caller's thread) and hands it to the background writer.
    func submitForReview<Input, Output>(
        _ router: ReviewRouter,
        _ setID: String,
        _ input: Input,
        _ output: Output,
        _ checkedRules: [String],
        _ violations: [RuleViolation],
        _ origin: CodeOrigin,
        _ callSite: CallSite
    ) {
        let item = ReviewItem(
            queue: router.queueName,
            setID: setID,
            input: Snapshot.capture(input, redaction: redaction, byteLimit: snapshotByteLimit),
            output: Snapshot.capture(output, redaction: redaction, byteLimit: snapshotByteLimit),
            outcome: ReviewOutcome(
                checkedRules: checkedRules,
                violations: violations.map { violation in
                    ReviewOutcome.Violation(
                        invariantID: violation.invariantID,
                        severity: violation.severity,
                        message: redaction.redact(text: violation.message),
                        isRuleError: violation.isRuleError
                    )
                }
            ),
            origin: origin,
            callSite: callSite,
            context: redaction.redact(context: InvariantContext.current)
        )
        router.writer.submit(item)
    }
}
