// Property-testing throughput and shrinking time of InvariantsTesting.
//
//   properties.two-ints        generated-and-checked cases per second for a simple two-Int property
//                              (target ≥ 1,000,000/s); the property always holds, so every case runs
//   shrink.reverse-list        time to find and shrink "reverse(xs) == xs" to [0, 1]
//   shrink.sum-below-1000      time to find and shrink "sum of [Int] < 1000" to [1000]
//
// Each measured iteration of properties.two-ints runs 1,000 cases (scalingFactor .kilo), so the
// throughput column is cases per second. Fixed seeds: the same cases on every run.

import Benchmark
import InvariantsTesting

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal]

    Benchmark(
        "properties.two-ints",
        configuration: .init(metrics: metrics, scalingFactor: .kilo, maxDuration: .seconds(3))
    ) { benchmark in
        // One property run of 1,000 cases per measured iteration: the scaled throughput is cases/s.
        let result = Property(
            over: Gen.zip(Gen.int, Gen.int), iterations: benchmark.scaledIterations.count, seed: 42,
            database: .disabled
        ).check { a, b in a &+ b == b &+ a }
        precondition(result.casesRun == benchmark.scaledIterations.count)
        blackHole(result.passed)
    }

    Benchmark("shrink.reverse-list", configuration: .init(metrics: metrics, maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations {
            let result = Property(over: Gen.int.array(count: 0...20), seed: 42, database: .disabled).check { xs in
                Array(xs.reversed()) == xs
            }
            precondition(result.counterexample == [0, 1])
            blackHole(result)
        }
    }

    Benchmark("shrink.sum-below-1000", configuration: .init(metrics: metrics, maxDuration: .seconds(3))) {
        benchmark in
        for _ in benchmark.scaledIterations {
            let result = Property(over: Gen.int.array(count: 0...20), seed: 42, database: .disabled).check { xs in
                xs.reduce(0, &+) < 1000
            }
            precondition(result.counterexample == [1000])
            blackHole(result)
        }
    }
}
