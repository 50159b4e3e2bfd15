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
    /// prepare the routes once.
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
        guard let routes = reviewRoutes(for: set, origin: origin) else { return }
        routeForReview(routes, set.id, input, output, selection, violations, origin, callSite)
    }

    /// Draws the routes; when one takes the call, captures input and output and submits the item.
    func routeForReview<Input, Output>(
        _ routes: SiteReviewRoutes,
        _ setID: String,
        _ input: Input,
        _ output: Output,
        _ selection: RuleSelection,
        _ violations: [RuleViolation],
        _ origin: CodeOrigin,
        _ callSite: CallSite
    ) {
        guard routes.takes(selection, violations) else { return }
        let item = ReviewItem(
            queue: routes.router.queueName,
            setID: setID,
            input: Snapshot.capture(input, redaction: redaction, byteLimit: snapshotByteLimit),
            output: Snapshot.capture(output, redaction: redaction, byteLimit: snapshotByteLimit),
            outcome: ReviewOutcome(
                checkedRules: routes.checkedRules(selection),
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
            context: InvariantContext.current
        )
        routes.router.writer.submit(item)
    }
}
