/// A monitor's review configuration: the queue and the routes that fill it.
///
/// ```swift
/// let monitor = InvariantMonitor(
///     sampler: .ratio(0.05).always(for: .critical),
///     review: ReviewRouting(
///         queue: DirectoryReviewQueue(at: URL(filePath: "invariants/review")),
///         routes: [.sample(0.01, of: .set("pricing.quote").origin(.generated)), .every(.violations(atLeast: .critical))]
///     )
/// )
/// ```
///
/// Routes apply to checked calls only (the sampler picks those). Items are captured and redacted on the
/// caller's thread and written by a background thread; ``InvariantMonitor/reviewHealth`` counts them, and
/// ``InvariantMonitor/flush(timeout:)`` and ``InvariantMonitor/shutdown(deadline:)`` wait for the writes.
public struct ReviewRouting: Sendable {
    /// Where routed calls go.
    ///
    /// ```swift
    /// routing.queue.name   // "review"
    /// ```
    public var queue: any ReviewQueue
    /// Which calls go there.
    ///
    /// ```swift
    /// routing.routes.map(\.rate)   // [0.01, 1]
    /// ```
    public var routes: [ReviewRoute]
    /// Items held for the queue at most; newer ones are dropped (and counted) past it.
    ///
    /// ```swift
    /// ReviewRouting(queue: queue, routes: routes, capacity: 10_000).capacity
    /// ```
    public var capacity: Int

    /// Creates a configuration.
    ///
    /// ```swift
    /// ReviewRouting(queue: DirectoryReviewQueue(at: reviewURL), routes: [.sample(0.1)])
    /// ```
    /// - Precondition: `capacity` is positive.
    public init(queue: any ReviewQueue, routes: [ReviewRoute], capacity: Int = 1_000) {
        precondition(capacity > 0, "ReviewRouting: the capacity must be positive, got \(capacity)")
        self.queue = queue
        self.routes = routes
        self.capacity = capacity
    }
}
