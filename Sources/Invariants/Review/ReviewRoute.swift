/// Sends a fraction of the checked calls a ``ReviewFilter`` admits to the review queue, passing or failing.
///
/// The decision costs an atomic counter step and a comparison; only a routed call's input and output are
/// captured. A call that several routes take is queued once.
///
/// ```swift
/// let routes: [ReviewRoute] = [
///     .sample(0.01, of: .set("pricing.quote").origin(.generated)),   // 1 % of generated pricing calls
///     .every(.violations(atLeast: .critical)),                        // and every critical violation
/// ]
/// ```
public struct ReviewRoute: Sendable, Hashable {
    /// The calls considered.
    ///
    /// ```swift
    /// ReviewRoute.every(.failing).filter.outcome   // .failed
    /// ```
    public var filter: ReviewFilter
    /// The fraction of considered calls queued, in `0...1`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.01).rate   // 0.01
    /// ```
    public var rate: Double

    /// Queues `rate` of the calls `filter` admits.
    ///
    /// ```swift
    /// ReviewRoute(.set("auth.decide"), rate: 0.05)
    /// ```
    /// - Precondition: `rate` is in `0...1`.
    public init(_ filter: ReviewFilter = .all, rate: Double) {
        precondition(rate.isFinite && (0...1).contains(rate), "ReviewRoute: the rate must be in 0...1, got \(rate)")
        self.filter = filter
        self.rate = rate
    }

    /// Queues `rate` of the calls `filter` admits: `.sample(0.1)` is 10 % of every checked call.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.1).rate                              // 0.1 (of ReviewFilter.all)
    /// ReviewRoute.sample(0.01, of: .origin(.generated)).filter   // ReviewFilter.origin(.generated)
    /// ```
    public static func sample(_ rate: Double, of filter: ReviewFilter = .all) -> ReviewRoute {
        ReviewRoute(filter, rate: rate)
    }

    /// Queues every call `filter` admits: `.every(.violations(atLeast: .critical))`.
    ///
    /// ```swift
    /// ReviewRoute.every(.violations(atLeast: .critical)).rate   // 1
    /// ```
    public static func every(_ filter: ReviewFilter) -> ReviewRoute {
        ReviewRoute(filter, rate: 1)
    }
}
