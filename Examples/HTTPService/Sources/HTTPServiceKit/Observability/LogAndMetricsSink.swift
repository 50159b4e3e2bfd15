public import Invariants
public import Logging
public import Metrics
import Synchronization

/// Forwards violation records to the service's swift-log `Logger` and swift-metrics counters.
///
/// Each record becomes one log entry at the level of its severity, with the rule id, severity,
/// fingerprint, event id and request id as metadata, and increments two counters dimensioned by rule
/// id and severity only, so their cardinality is bounded by the rule sets:
/// `invariant_violations_total` (records seen) and `invariant_violations_estimated_total` (records
/// scaled up by their sampling rate: a violation checked at 1 % stands for 100).
///
/// ```swift
/// let sink = LogAndMetricsSink(logger: Logger(label: "invariants"))
/// let monitor = InvariantMonitor(sampler: .ratio(0.01), sinks: [sink])
/// ```
///
/// Like every sink it runs on the monitor's background thread, never on a request's.
public final class LogAndMetricsSink: ViolationSink {
    /// The label of the counter of violation records.
    public static let countLabel = "invariant_violations_total"
    /// The label of the counter of violations scaled up by their sampling rate.
    public static let estimateLabel = "invariant_violations_estimated_total"

    private let logger: Logger
    private let factory: any MetricsFactory
    private let counters = Mutex<[String: (count: Counter, estimate: FloatingPointCounter)]>([:])

    /// Creates a sink logging to `logger` and counting with `factory` (the bootstrapped one by default).
    ///
    /// ```swift
    /// LogAndMetricsSink(logger: logger, factory: TestMetrics())   // in tests
    /// ```
    public init(logger: Logger, factory: any MetricsFactory = MetricsSystem.factory) {
        self.logger = logger
        self.factory = factory
    }

    /// Logs and counts each record.
    public func record(_ batch: [ViolationRecord]) {
        for record in batch {
            logger.log(
                level: Self.level(of: record.severity),
                "invariant violated: \(record.invariantID): \(record.message)",
                metadata: Self.metadata(of: record)
            )
            let (count, estimate) = counters(for: record)
            count.increment()
            estimate.increment(by: record.adjustedCount)
        }
    }

    /// The log level of a severity: `critical` stays critical, `info` stays info.
    ///
    /// ```swift
    /// LogAndMetricsSink.level(of: .warning)   // .warning
    /// ```
    public static func level(of severity: Severity) -> Logger.Level {
        switch severity {
        case .info: .info
        case .warning: .warning
        case .error: .error
        case .critical: .critical
        }
    }

    /// The metadata of a record's log entry.
    ///
    /// ```swift
    /// LogAndMetricsSink.metadata(of: record)["invariant.rule"]   // "pricing.quote/total-adds-up"
    /// ```
    public static func metadata(of record: ViolationRecord) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "invariant.rule": "\(record.invariantID)",
            "invariant.severity": "\(record.severity.rawValue)",
            "invariant.fingerprint": "\(record.fingerprint)",
            "invariant.event_id": "\(record.eventID)",
            "invariant.origin": "\(record.origin.description)",
            "invariant.sampling_rate": "\(record.samplingRate)",
        ]
        if let requestID = record.context.requestID { metadata["request_id"] = "\(requestID)" }
        if let tenant = record.context.tenant { metadata["tenant"] = "\(tenant)" }
        return metadata
    }

    /// The counters of the record's rule and severity, made once and reused.
    private func counters(for record: ViolationRecord) -> (count: Counter, estimate: FloatingPointCounter) {
        let key = record.invariantID + "\u{0}" + record.severity.rawValue
        return counters.withLock { cache in
            if let existing = cache[key] { return existing }
            let dimensions = [("rule", record.invariantID), ("severity", record.severity.rawValue)]
            let made = (
                count: Counter(label: Self.countLabel, dimensions: dimensions, factory: factory),
                estimate: FloatingPointCounter(label: Self.estimateLabel, dimensions: dimensions, factory: factory)
            )
            cache[key] = made
            return made
        }
    }
}
