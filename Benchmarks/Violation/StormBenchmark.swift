// A 10-second violation storm from two threads into a slow sink.

import Benchmark
import Foundation
import Invariants
import Synchronization
import ViolationSubjects

let stormDuration = Duration.seconds(10)
let stormThreads = 2
let rssGrowthMiB = BenchmarkMetric.custom("rss growth (MiB)", useScalingFactor: false)
let producedMetric = BenchmarkMetric.custom("produced", polarity: .prefersLarger, useScalingFactor: false)
let recordedMetric = BenchmarkMetric.custom("recorded", polarity: .prefersLarger, useScalingFactor: false)
let droppedMetric = BenchmarkMetric.custom("dropped", useScalingFactor: false)

func registerStormBenchmark() {
    Benchmark(
        "storm.two-threads-10s",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident, rssGrowthMiB, producedMetric, recordedMetric, droppedMetric],
            timeUnits: .seconds, warmupIterations: 0, scalingFactor: .one, maxDuration: .seconds(60), maxIterations: 1
        )
    ) { benchmark async in
        let result = await runStorm()
        benchmark.measurement(rssGrowthMiB, result.rssGrowth >> 20)
        benchmark.measurement(producedMetric, result.health.produced)
        benchmark.measurement(recordedMetric, result.health.recorded)
        benchmark.measurement(droppedMetric, result.health.droppedTotal)
        let summary = "storm: \(result.calls) calls, \(result.health); resident growth \(result.rssGrowth >> 20) MiB\n"
        FileHandle.standardError.write(Data(summary.utf8))
        if result.health.produced != result.calls {
            benchmark.error("every failing call produces one record: \(summary)")
        }
        if result.health.recorded + result.health.droppedTotal != result.health.produced {
            benchmark.error("unaccounted records: \(summary)")
        }
        if result.rssGrowth > 64 << 20 {
            benchmark.error("resident memory grew by more than 64 MiB: \(summary)")
        }
    }
}

struct StormResult {
    var calls: Int
    var health: ReporterHealth
    var rssGrowth: Int
}

/// Runs the storm: a monitor whose journal syncs every record, two threads of failing calls for
/// `stormDuration`, then a shutdown with a short deadline (what is still buffered is dropped and counted).
func runStorm() async -> StormResult {
    let scratch = ScratchDirectory("storm-bench")
    defer { scratch.remove() }
    let orders = makeOrders()
    let mask = orders.count - 1
    let residentBefore = ProcessMemory.resident
    let monitor = InvariantMonitor(
        sampler: .always,
        sinks: [.journal(at: scratch.journal, durability: .everyRecord)],
        redaction: benchmarkRedaction
    )
    let guardedPrice = monitor.guarded(failingRules) { price($0) }
    let calls = Atomic<Int>(0)
    let threads = DispatchGroup()
    let deadline = ContinuousClock.now + stormDuration
    for _ in 0..<stormThreads {
        threads.enter()
        Thread {
            var count = 0
            while ContinuousClock.now < deadline {
                for _ in 0..<64 {
                    blackHole(guardedPrice(orders[count & mask]))
                    count += 1
                }
            }
            calls.add(count, ordering: .relaxed)
            threads.leave()
        }.start()
    }
    await withCheckedContinuation { continuation in
        threads.notify(queue: .global()) { continuation.resume() }
    }
    let peak = ProcessMemory.peakResident
    // Stop accepting and drop what is buffered after 2 s; then wait (a second call) until the batch the
    // sink is still syncing record by record has settled and the sink is closed, so `pending` is 0.
    await monitor.shutdown(deadline: .seconds(2))
    await monitor.shutdown(deadline: .seconds(300))
    let health = monitor.health
    return StormResult(calls: calls.load(ordering: .relaxed), health: health, rssGrowth: peak - residentBefore)
}
