extension InvariantGuard {
    /// Offers a checked call to the review routes: a call a route takes is captured here, on the caller's
    /// thread (redacted), and handed to the background writer.
    ///
    /// Out of line and unspecialised: guarded calls reach it only when a route can take their calls.
    @usableFromInline
    func routeForReview(_ input: Input, _ output: Output, _ selection: RuleSelection, _ violations: [RuleViolation]) {
        // Draw first: a call no route takes copies nothing (no string of the site is retained).
        guard let review, review.takes(selection, violations) else { return }
        let checked = review.checkedRules(selection)
        monitor.submitForReview(review.router, set.id, input, output, checked, violations, site.origin, site.callSite)
    }
}
