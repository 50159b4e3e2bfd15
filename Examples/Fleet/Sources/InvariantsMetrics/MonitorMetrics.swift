public import Invariants
public import Metrics
import Synchronization

/// Turns monitors' counts into swift-metrics: rule evaluations per rule, severity and origin (raw and
/// scaled up by the sampling rate), and each sink's deliveries, drops by reason, backlog and health.
///
/// Nothing runs on a guarded call: ``update()`` reads the counters the monitors keep anyway
/// (`ruleHealth`, `health`, `reviewHealth`) and adds what changed since the last update. Call it before
/// each scrape, or on a timer.
///
/// ```swift
/// let metrics = MonitorMetrics()
/// metrics.watch(monitor, origin: .generated)
/// metrics.addSinks { [SinkReading(sink: "postgres", delivered: queue.health.stored)] }
/// router.get("metrics") { _, _ in metrics.update(); return registry.text() }
/// ```
public final class MonitorMetrics: Sendable {
    private struct RuleKey: Hashable {
        var rule: String
        var severity: Severity
        var origin: CodeOrigin.Author
    }

    private struct State {
        var monitors: [(monitor: InvariantMonitor, origin: CodeOrigin.Author)] = []
        var sources: [@Sendable () -> [SinkReading]] = []
        var checks: [RuleKey: (count: Counter, adjusted: FloatingPointCounter)] = [:]
        /// Evaluations already counted, by monitor position and full rule id.
        var evaluated: [Int: [String: Int]] = [:]
        var sinks: [String: SinkMetrics] = [:]
    }

    private let factory: any MetricsFactory
    private let rules: LabelBudget
    private let state = Mutex(State())

    /// Creates the bridge, counting with `factory` (the bootstrapped one by default); share `rules` with
    /// the ``ViolationMetricsSink`` so both fold the same rules into `other`.
    public init(factory: any MetricsFactory = MetricsSystem.factory, rules: LabelBudget = LabelBudget()) {
        self.factory = factory
        self.rules = rules
    }

    /// Reports `monitor`'s rule evaluations with this origin label, and its reporter (`sink="reporter"`)
    /// and review writer (`sink="review"`) as sinks.
    public func watch(_ monitor: InvariantMonitor, origin: CodeOrigin.Author) {
        state.withLock { $0.monitors.append((monitor, origin)) }
    }

    /// Adds sinks whose counts come from elsewhere (a review store, a delivery lane).
    public func addSinks(_ source: @escaping @Sendable () -> [SinkReading]) {
        state.withLock { $0.sources.append(source) }
    }

    /// Adds what changed since the last call to the counters, and sets the gauges.
    public func update() {
        state.withLock { state in
            var readings: [String: SinkReading] = [:]
            for (position, watched) in state.monitors.enumerated() {
                updateChecks(of: watched.monitor, origin: watched.origin, at: position, &state)
                for reading in Self.readings(of: watched.monitor) { readings.merge(reading) }
            }
            for source in state.sources { for reading in source() { readings.merge(reading) } }
            for (name, reading) in readings {
                if state.sinks[name] == nil { state.sinks[name] = SinkMetrics(sink: name, factory: factory) }
                state.sinks[name]?.report(reading)
            }
        }
    }

    /// The reporter's and the review writer's counts as sink readings.
    public static func readings(of monitor: InvariantMonitor) -> [SinkReading] {
        let health = monitor.health
        var readings = [
            SinkReading(
                sink: "reporter", delivered: health.recorded,
                dropped: Dictionary(uniqueKeysWithValues: health.dropped.map { ($0.key.rawValue, $0.value) }),
                pending: health.pending, healthy: health.dropped[.sinkError, default: 0] == 0)
        ]
        if let review = monitor.reviewHealth {
            readings.append(
                SinkReading(
                    sink: "review", delivered: review.written,
                    dropped: Dictionary(uniqueKeysWithValues: review.dropped.map { ($0.key.rawValue, $0.value) }),
                    pending: review.pending, healthy: review.lastError == nil))
        }
        return readings
    }

    private func updateChecks(
        of monitor: InvariantMonitor, origin: CodeOrigin.Author, at position: Int, _ state: inout State
    ) {
        for health in monitor.ruleHealth {
            let seen = state.evaluated[position]?[health.invariantID] ?? 0
            let delta = health.evaluated - seen
            guard delta > 0 else { continue }
            state.evaluated[position, default: [:]][health.invariantID] = health.evaluated
            let key = RuleKey(rule: health.invariantID, severity: health.rule.severity, origin: origin)
            let counters =
                state.checks[key]
                ?? {
                    let dimensions = [
                        ("rule", rules.value(key.rule)), ("severity", key.severity.rawValue),
                        ("origin", key.origin.rawValue),
                    ]
                    return (
                        Counter(label: MetricNames.checks, dimensions: dimensions, factory: factory),
                        FloatingPointCounter(
                            label: MetricNames.checksAdjusted, dimensions: dimensions, factory: factory)
                    )
                }()
            state.checks[key] = counters
            counters.count.increment(by: delta)
            let rate = monitor.sampler.rate(for: health.rule, in: health.rule.setID)
            counters.adjusted.increment(by: rate > 0 ? Double(delta) / rate : Double(delta))
        }
    }
}

extension [String: SinkReading] {
    /// Adds `reading` to the reading of the same sink.
    fileprivate mutating func merge(_ reading: SinkReading) {
        guard var existing = self[reading.sink] else {
            self[reading.sink] = reading
            return
        }
        existing.delivered += reading.delivered
        existing.dropped.merge(reading.dropped, uniquingKeysWith: +)
        existing.pending += reading.pending
        existing.healthy = existing.healthy && reading.healthy
        self[reading.sink] = existing
    }
}
