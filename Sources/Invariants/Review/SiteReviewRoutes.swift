/// The review routes that can take one guarded function's calls, prepared when the function is wrapped:
/// the set and origin constraints are already settled, the rule constraints reduced to the rules of the set.
@usableFromInline
final class SiteReviewRoutes: Sendable {
    struct Route: Sendable {
        let outcome: ReviewFilter.Outcome
        /// The set's rules the filter admits (their ordinals and severities), or `nil` when it does not
        /// constrain rules; an empty list can never match.
        let rules: [(ordinal: Int, severity: Severity)]?
        /// The full ids of the same rules, to match failed rules.
        let ruleIDs: Set<String>
        let threshold: UInt64
        let counter: SamplingCounter

        init(_ route: ReviewRouter.Route, rules: [RuleDescriptor]) {
            threshold = route.threshold
            counter = route.counter
            outcome = route.filter.outcome
            if route.filter.constrainsRules {
                let admitted = rules.filter { route.filter.admits($0) }
                self.rules = admitted.map { ($0.ordinal, $0.severity) }
                ruleIDs = Set(admitted.map(\.id))
            } else {
                self.rules = nil
                ruleIDs = []
            }
        }

        /// Whether the call qualifies, before the rate is drawn. Allocates nothing.
        func admits(_ selection: RuleSelection, _ violations: [RuleViolation]) -> Bool {
            let failed = !violations.isEmpty
            switch outcome {
            case .passed where failed, .failed where !failed: return false
            default: break
            }
            guard let rules else { return true }
            if outcome == .failed { return violations.contains { ruleIDs.contains($0.invariantID) } }
            return rules.contains { selection.includes($0.severity, ordinal: $0.ordinal) }
        }

        /// Draws the rate: one relaxed atomic add, or nothing at rate 1.
        func draws() -> Bool {
            threshold >= 1 << 56 || counter.next() >> 8 < threshold
        }
    }

    let router: ReviewRouter
    let routes: [Route]
    /// The set's rules, to list those a call checked.
    let rules: [RuleDescriptor]

    init(router: ReviewRouter, routes: [Route], rules: [RuleDescriptor]) {
        self.router = router
        self.routes = routes
        self.rules = rules
    }

    /// Whether some route takes this call.
    func takes(_ selection: RuleSelection, _ violations: [RuleViolation]) -> Bool {
        for index in routes.indices where routes[index].admits(selection, violations) && routes[index].draws() {
            return true
        }
        return false
    }

    /// The full ids of the rules a selection checks, in declaration order.
    func checkedRules(_ selection: RuleSelection) -> [String] {
        rules.filter { selection.includes($0.severity, ordinal: $0.ordinal) }.map(\.id)
    }
}
