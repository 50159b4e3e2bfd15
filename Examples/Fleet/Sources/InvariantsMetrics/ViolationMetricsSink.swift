public import Invariants
public import Metrics
import Synchronization

/// Counts violation records per rule, severity and origin with swift-metrics: ``MetricNames/violations``
/// and ``MetricNames/violationsAdjusted`` (scaled up by each record's sampling rate).
///
/// The sink only counts; the application bootstraps the metrics backend (Prometheus, StatsD, …).
///
/// ```swift
/// let monitor = InvariantMonitor(sampler: .ratio(0.1), sinks: [ViolationMetricsSink()])
/// ```
///
/// Like every sink it runs on the monitor's background thread, never on a guarded call.
public final class ViolationMetricsSink: ViolationSink {
    private struct Key: Hashable {
        var rule: String
        var severity: Severity
        var author: CodeOrigin.Author
    }

    private let factory: any MetricsFactory
    private let rules: LabelBudget
    private let counters = Mutex<[Key: (count: Counter, adjusted: FloatingPointCounter)]>([:])

    /// Creates a sink counting with `factory` (the bootstrapped one by default), labelling at most
    /// `rules.limit` rules by name.
    public init(factory: any MetricsFactory = MetricsSystem.factory, rules: LabelBudget = LabelBudget()) {
        self.factory = factory
        self.rules = rules
    }

    /// Counts each record.
    public func record(_ batch: [ViolationRecord]) {
        for record in batch {
            let (count, adjusted) = counters(
                for: Key(rule: record.invariantID, severity: record.severity, author: record.origin.author))
            count.increment()
            adjusted.increment(by: record.adjustedCount)
        }
    }

    private func counters(for key: Key) -> (count: Counter, adjusted: FloatingPointCounter) {
        counters.withLock { cache in
            if let existing = cache[key] { return existing }
            let dimensions = [
                ("rule", rules.value(key.rule)), ("severity", key.severity.rawValue), ("origin", key.author.rawValue),
            ]
            let made = (
                count: Counter(label: MetricNames.violations, dimensions: dimensions, factory: factory),
                adjusted: FloatingPointCounter(
                    label: MetricNames.violationsAdjusted, dimensions: dimensions, factory: factory)
            )
            cache[key] = made
            return made
        }
    }
}
