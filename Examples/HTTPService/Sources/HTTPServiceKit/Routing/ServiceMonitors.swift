public import Invariants
import Synchronization

/// One `InvariantMonitor` per sampling ratio the routes use, all writing to the same sinks.
///
/// ```swift
/// let monitors = ServiceMonitors(sinks: [LogAndMetricsSink(logger: logger)])
/// let quote = monitors.monitor(ratio: 0.01).guarded(PricingRules.quote) { try engine.quote($0) }
/// await monitors.shutdown()
/// ```
public final class ServiceMonitors: Sendable {
    private let sinks: [any ViolationSink]
    private let review: ReviewRouting?
    private let monitors = Mutex<[Double: InvariantMonitor]>([:])

    /// Creates the (empty) set of monitors; each is made on first use. With `review`, every monitor routes
    /// checked calls to that queue as its routes say.
    public init(sinks: [any ViolationSink], review: ReviewRouting? = nil) {
        self.sinks = sinks
        self.review = review
    }

    /// The monitor checking `ratio` of requests (by request id), under the `.observe` policy.
    public func monitor(ratio: Double) -> InvariantMonitor {
        monitors.withLock { monitors in
            if let existing = monitors[ratio] { return existing }
            let made = InvariantMonitor(sampler: .ratio(ratio), sinks: sinks, policy: .observe, review: review)
            monitors[ratio] = made
            return made
        }
    }

    /// Every monitor made so far.
    public var all: [InvariantMonitor] { monitors.withLock { Array($0.values) } }

    /// Records produced, recorded and dropped, summed over the monitors.
    public var health: ServiceHealth {
        all.map(\.health).reduce(into: ServiceHealth()) { total, health in
            total.produced += health.produced
            total.recorded += health.recorded
            total.dropped += health.droppedTotal
        }
    }

    /// Waits until everything recorded so far reached the sinks.
    public func flush() async {
        for monitor in all { await monitor.flush() }
    }

    /// Drains and closes every monitor's sinks.
    public func shutdown() async {
        for monitor in all { await monitor.shutdown() }
    }
}
