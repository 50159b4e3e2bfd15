/// A monitor's review routing at run time: the routes with their counters, and the background writer.
@usableFromInline
final class ReviewRouter: Sendable {
    /// A route with the counter that draws its rate.
    struct Route: Sendable {
        let filter: ReviewFilter
        /// `rate · 2⁵⁶`; a call is taken when its 56-bit draw is below it.
        let threshold: UInt64
        let counter: SamplingCounter

        init(_ route: ReviewRoute, index: Int) {
            filter = route.filter
            threshold = route.rate >= 1 ? 1 << 56 : UInt64(route.rate * 0x1p56)
            counter = SamplingCounter(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        }

        /// Draws the rate: one relaxed atomic add, or nothing at rate 1.
        func draws() -> Bool {
            threshold >= 1 << 56 || counter.next() >> 8 < threshold
        }
    }

    let routes: [Route]
    let queueName: String
    let writer: ReviewWriter

    init(_ configuration: ReviewRouting) {
        routes = configuration.routes.enumerated().map { Route($1, index: $0) }
        queueName = configuration.queue.name
        writer = ReviewWriter(queue: configuration.queue, capacity: configuration.capacity)
    }

    /// Whether some route takes this call, matching every route against the set's rules now (for calls
    /// without a guard, whose routes were not prepared). Allocates nothing.
    func takes(
        _ setID: String,
        _ rules: [RuleDescriptor],
        _ origin: CodeOrigin,
        _ selection: RuleSelection,
        _ violations: [RuleViolation]
    ) -> Bool {
        routes.contains { route in
            let filter = route.filter
            guard route.threshold > 0, filter.admits(setID: setID, origin: origin) else { return false }
            switch (filter.outcome, violations.isEmpty) {
            case (.passed, false), (.failed, true): return false
            case (.failed, false) where filter.constrainsRules:
                guard violations.contains(where: { filter.admits($0.rule) }) else { return false }
            case _ where filter.constrainsRules:
                let checked = rules.contains {
                    filter.admits($0) && selection.includes($0.severity, ordinal: $0.ordinal)
                }
                guard checked else { return false }
            default: break
            }
            return route.draws()
        }
    }

    /// The routes that can take calls of this set and origin, prepared for it; `nil` when none can, so the
    /// guarded call skips routing with one branch.
    func routes(forSet setID: String, rules: [RuleDescriptor], origin: CodeOrigin) -> SiteReviewRoutes? {
        let candidates = routes.compactMap { route -> SiteReviewRoutes.Route? in
            guard route.threshold > 0, route.filter.admits(setID: setID, origin: origin) else { return nil }
            return SiteReviewRoutes.Route(route, rules: rules)
        }
        return candidates.isEmpty ? nil : SiteReviewRoutes(router: self, routes: candidates, rules: rules)
    }
}
