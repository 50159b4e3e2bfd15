extension GuardedCall {
    /// Offers a checked call to the review routes: a call a route takes is captured here, on the caller's
    /// thread (redacted), and handed to the background writer.
    ///
    /// Out of line and unspecialised: guarded calls reach it only when a route can take their calls.
    @usableFromInline
    func routeForReview(_ input: Input, _ output: Output, _ selection: RuleSelection, _ violations: [RuleViolation]) {
        guard let review else { return }
        monitor.routeForReview(review, set.id, input, output, selection, violations, site.origin, site.callSite)
    }
}
