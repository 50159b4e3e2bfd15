// Journal throughput: append 100,000 records in batches of 1,000 and read them back.

import Benchmark
import Foundation
import Invariants
import ViolationSubjects

let journalRecordCount = 100_000
let journalBatchSize = 1_000
/// One file for everything: rotation is measured by the journal tests, not here.
let noRotation = JournalRotation(maxBytes: Int.max, maxFiles: 0)
let recordsPerSecond = BenchmarkMetric.custom("records/s", polarity: .prefersLarger, useScalingFactor: false)

func journalConfiguration() -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, recordsPerSecond], timeUnits: .milliseconds, warmupIterations: 1,
        scalingFactor: .one, maxDuration: .seconds(20), maxIterations: 5
    )
}

func registerJournalBenchmarks() {
    let records = makeJournalRecords(journalRecordCount)
    let batches = stride(from: 0, to: records.count, by: journalBatchSize).map {
        Array(records[$0..<min($0 + journalBatchSize, records.count)])
    }

    for (name, durability) in [("journal.append-none", JournalDurability.none), ("journal.append-batch", .batch)] {
        Benchmark(name, configuration: journalConfiguration()) { benchmark in
            let scratch = ScratchDirectory("journal-bench")
            defer { scratch.remove() }
            let sink = JournalSink(at: scratch.journal, rotation: noRotation, durability: durability)
            benchmark.startMeasurement()
            let start = ContinuousClock.now
            for batch in batches { try! sink.record(batch) }
            try! sink.close()
            let elapsed = ContinuousClock.now - start
            benchmark.stopMeasurement()
            benchmark.measurement(recordsPerSecond, Int(Double(records.count) / elapsed.seconds))
        }
    }

    Benchmark("journal.read", configuration: journalConfiguration()) { benchmark in
        let scratch = ScratchDirectory("journal-bench")
        defer { scratch.remove() }
        let sink = JournalSink(at: scratch.journal, rotation: noRotation, durability: .none)
        for batch in batches { try! sink.record(batch) }
        try! sink.close()
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        var count = 0
        try! JournalReader(url: scratch.journal).forEach { entry in
            count += 1
            blackHole(entry)
        }
        let elapsed = ContinuousClock.now - start
        benchmark.stopMeasurement()
        precondition(count == records.count, "read \(count) records, wrote \(records.count)")
        benchmark.measurement(recordsPerSecond, Int(Double(count) / elapsed.seconds))
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
