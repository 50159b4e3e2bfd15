// The cost of a violation and of a storm of them.
//
//   violation.caller        one guarded call whose rule fails, as the caller pays for it: the function,
//                           the rule, the record and the enqueue of the ~1 KB input and the output (both
//                           Sendable, so the reporter's queue captures and redacts them). Measured
//                           1,000 calls at a time, with the monitor flushed (unmeasured) in between.
//   violation.caller-alone  the same with the reporter's queue parked in its sink while the calls run:
//                           the caller's own cost, with nothing running beside it.
//   violation.caller-captures the same through a set that captures on the caller's thread (snapshots of
//                           the input and of the output, redacted): what non-Sendable types pay.
//   violation.function-only the guarded function alone, to subtract from violation.caller.
//   snapshot.capture-input  Snapshot.capture of the ~1 KB input alone (default redaction + one path).
//   journal.append-none     100,000 records appended through JournalSink.record in batches of 1,000,
//   journal.append-batch    with durability .none and .batch (one fsync per batch); rotation off.
//   journal.read            the same 100,000 lines read back with JournalReader.forEach.
//   storm.two-threads-10s   two threads call a failing guarded function as fast as they can for 10 s
//                           into a monitor whose only sink fsyncs every record; checks that
//                           recorded + dropped == produced and that resident memory grew ≤ 64 MiB.
//
// The inputs, function and rules are in Tools/ViolationSubjects. See README.md for the figures.

import Benchmark
import Foundation
import Invariants
import ViolationSubjects

let benchmarks: @Sendable () -> Void = {
    let orders = makeOrders()
    let mask = orders.count - 1

    let monitor = InvariantMonitor(sampler: .always, sinks: [.closure { _ in }], redaction: benchmarkRedaction)
    let guardedPrice = monitor.guarded(failingRules) { price($0) }
    let capturingPrice = monitor.guarded(callerCapturingRules) { price($0) }

    let callMetrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .throughput]

    // 1,000 calls per iteration (figures are per call), then a flush that is not measured: every call's
    // record is accepted into the buffer (10,000 records) and none is a cheap drop. The reporter's queue
    // captures the deferred values meanwhile, on the other core.
    Benchmark(
        "violation.caller",
        configuration: .init(
            metrics: callMetrics, timeUnits: .nanoseconds, warmupIterations: 3, scalingFactor: .kilo,
            maxDuration: .seconds(5), maxIterations: 200
        )
    ) { benchmark in
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(guardedPrice(orders[(benchmark.currentIteration &+ index) & mask]))
        }
        benchmark.stopMeasurement()
        await monitor.flush()
    }

    // The caller's own cost: the reporter's queue is parked in its sink (after the first record) while
    // the 1,000 calls are measured, so nothing runs beside them; then it is released and flushed.
    let parked = ParkedSink()
    let parkedMonitor = InvariantMonitor(
        sampler: .always, sinks: [.closure { _ in parked.park() }], redaction: benchmarkRedaction)
    let parkedPrice = parkedMonitor.guarded(failingRules) { price($0) }
    Benchmark(
        "violation.caller-alone",
        configuration: .init(
            metrics: callMetrics, timeUnits: .nanoseconds, warmupIterations: 3, scalingFactor: .kilo,
            maxDuration: .seconds(5), maxIterations: 200
        )
    ) { benchmark in
        parked.close()
        blackHole(parkedPrice(orders[0]))
        parked.waitUntilParked()
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(parkedPrice(orders[(benchmark.currentIteration &+ index) & mask]))
        }
        benchmark.stopMeasurement()
        parked.open()
        await parkedMonitor.flush()
    }

    // The same through a set built where the types are not known to be Sendable: the caller captures.
    Benchmark(
        "violation.caller-captures",
        configuration: .init(
            metrics: callMetrics, timeUnits: .nanoseconds, warmupIterations: 3, scalingFactor: .kilo,
            maxDuration: .seconds(5), maxIterations: 200
        )
    ) { benchmark in
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(capturingPrice(orders[(benchmark.currentIteration &+ index) & mask]))
        }
        benchmark.stopMeasurement()
        await monitor.flush()
    }

    Benchmark(
        "violation.function-only",
        configuration: .init(
            metrics: callMetrics, timeUnits: .nanoseconds, warmupIterations: 100, scalingFactor: .one,
            maxDuration: .seconds(3), maxIterations: 200_000
        )
    ) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(price(orders[(benchmark.currentIteration &+ index) & mask]))
        }
    }

    Benchmark(
        "snapshot.capture-input",
        configuration: .init(
            metrics: callMetrics, timeUnits: .nanoseconds, warmupIterations: 100, scalingFactor: .one,
            maxDuration: .seconds(3), maxIterations: 200_000
        )
    ) { benchmark in
        for index in benchmark.scaledIterations {
            let order = orders[(benchmark.currentIteration &+ index) & mask]
            blackHole(Snapshot.capture(order, redaction: benchmarkRedaction))
        }
    }

    registerJournalBenchmarks()
    registerStormBenchmark()
}
