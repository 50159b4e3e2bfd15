import Invariants
import InvariantsMetrics
import Metrics
import MetricsTestKit
import Testing

struct MetricsTests {
    static let rules = InvariantSet<Int, Int>("fleet.double") {
        Invariant("even") { _, output in output.isMultiple(of: 2) }
        Invariant("small") { _, output in output < 1_000 }
    }

    static func record(_ rule: String, rate: Double) -> ViolationRecord {
        ViolationRecord(
            setID: "a", ruleID: rule, message: "off", input: .capture(1), output: .capture(3),
            origin: .generated(by: "m"), callSite: CallSite(), samplingRate: rate)
    }

    @Test func violationsAreCountedPerRuleSeverityAndOriginScaledBySampling() throws {
        let metrics = TestMetrics()
        let sink = ViolationMetricsSink(factory: metrics)
        sink.record([Self.record("x", rate: 0.25), Self.record("x", rate: 0.25), Self.record("y", rate: 1)])
        let dimensions = [("rule", "a/x"), ("severity", "error"), ("origin", "generated")]
        #expect(try metrics.expectCounter(MetricNames.violations, dimensions).totalValue == 2)
        #expect(try metrics.expectCounter(MetricNames.violationsAdjusted, dimensions).totalValue == 8)
        #expect(
            try metrics.expectCounter(
                MetricNames.violations, [("rule", "a/y"), ("severity", "error"), ("origin", "generated")]
            ).totalValue == 1)
    }

    @Test func rulesPastTheBudgetShareOneLabel() throws {
        let metrics = TestMetrics()
        let sink = ViolationMetricsSink(factory: metrics, rules: LabelBudget(limit: 1))
        sink.record([Self.record("x", rate: 1), Self.record("y", rate: 1), Self.record("z", rate: 1)])
        let other = [("rule", "other"), ("severity", "error"), ("origin", "generated")]
        #expect(try metrics.expectCounter(MetricNames.violations, other).totalValue == 2)
        #expect(metrics.counters.count == 4)  // a/x and other, each raw and adjusted
    }

    @Test func checksAndSinksAreReportedAsDeltasScaledBySampling() async throws {
        let metrics = TestMetrics()
        let bridge = MonitorMetrics(factory: metrics)
        let monitor = InvariantMonitor(sampler: .always, sinks: [])
        bridge.watch(monitor, origin: .generated)
        let double = monitor.guarded(Self.rules) { (value: Int) in value * 2 }
        for value in 0..<10 { _ = double(value) }
        await monitor.flush()
        bridge.update()
        let even = [("rule", "fleet.double/even"), ("severity", "error"), ("origin", "generated")]
        #expect(try metrics.expectCounter(MetricNames.checks, even).totalValue == 10)
        for value in 0..<5 { _ = double(value) }
        bridge.update()
        bridge.update()
        #expect(try metrics.expectCounter(MetricNames.checks, even).totalValue == 15)
        #expect(try metrics.expectCounter(MetricNames.checksAdjusted, even).totalValue == 15)
        await monitor.shutdown()
    }

    @Test func extraSinksReportDropsByReasonAndHealth() throws {
        let metrics = TestMetrics()
        let bridge = MonitorMetrics(factory: metrics)
        let reading = SinkReadingBox()
        bridge.addSinks { [reading] in [reading.value] }
        reading.value = SinkReading(
            sink: "postgres", delivered: 10, dropped: ["sinkError": 2], pending: 3, healthy: false)
        bridge.update()
        reading.value = SinkReading(sink: "postgres", delivered: 25, dropped: ["sinkError": 2, "queueFull": 1])
        bridge.update()
        #expect(try metrics.expectCounter(MetricNames.sinkDelivered, [("sink", "postgres")]).totalValue == 25)
        #expect(
            try metrics.expectCounter(MetricNames.sinkDropped, [("sink", "postgres"), ("reason", "sinkError")])
                .totalValue == 2)
        #expect(
            try metrics.expectCounter(MetricNames.sinkDropped, [("sink", "postgres"), ("reason", "queueFull")])
                .totalValue == 1)
        #expect(try metrics.expectGauge(MetricNames.sinkHealthy, [("sink", "postgres")]).lastValue == 1)
        #expect(try metrics.expectGauge(MetricNames.sinkPending, [("sink", "postgres")]).lastValue == 0)
    }
}

/// A reading the test changes between updates.
final class SinkReadingBox: @unchecked Sendable {
    var value = SinkReading(sink: "postgres", delivered: 0)
}
