import Metrics

/// One sink's metrics: cumulative readings turned into counter increments, plus the two gauges.
struct SinkMetrics {
    private let sink: String
    private let factory: any MetricsFactory
    private let delivered: Counter
    private let pending: Gauge
    private let healthy: Gauge
    private var dropped: [String: Counter] = [:]
    private var last = SinkReading(sink: "", delivered: 0)

    init(sink: String, factory: any MetricsFactory) {
        self.sink = sink
        self.factory = factory
        delivered = Counter(label: MetricNames.sinkDelivered, dimensions: [("sink", sink)], factory: factory)
        pending = Gauge(label: MetricNames.sinkPending, dimensions: [("sink", sink)], factory: factory)
        healthy = Gauge(label: MetricNames.sinkHealthy, dimensions: [("sink", sink)], factory: factory)
    }

    /// Increments by what grew since the last reading; sets the gauges.
    mutating func report(_ reading: SinkReading) {
        if reading.delivered > last.delivered { delivered.increment(by: reading.delivered - last.delivered) }
        for (reason, count) in reading.dropped where count > last.dropped[reason, default: 0] {
            let counter =
                dropped[reason]
                ?? Counter(
                    label: MetricNames.sinkDropped, dimensions: [("sink", sink), ("reason", reason)], factory: factory)
            dropped[reason] = counter
            counter.increment(by: count - last.dropped[reason, default: 0])
        }
        pending.record(reading.pending)
        healthy.record(reading.healthy ? 1 : 0)
        last = reading
    }
}
