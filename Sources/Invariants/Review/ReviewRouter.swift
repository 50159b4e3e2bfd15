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
    }

    let routes: [Route]
    let queueName: String
    let writer: ReviewWriter

    init(_ configuration: ReviewRouting) {
        routes = configuration.routes.enumerated().map { Route($1, index: $0) }
        queueName = configuration.queue.name
        writer = ReviewWriter(queue: configuration.queue, capacity: configuration.capacity)
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
