// Hot-path cost of guarding a function with an InvariantSet.
//
// Two functions, each measured four ways:
//   bare          the function alone
//   hand-written  the function plus the same five checks written as plain `if`s
//   guarded-pass  `monitor.guarded(rules) { f($0) }`, sampler .always, every rule holds
//   sampled-out   the same guard, sampler .never (the rules are not evaluated)
//
// The functions, rules and inputs are in Tools/HotPathSubjects.
//
// Every benchmark runs its body `scalingFactor` (1,000) times per measured iteration over inputs taken
// from a precomputed array, so figures divided by 1,000 are per call. See README.md.

import Benchmark
import HotPathSubjects
import Invariants

// MARK: - Benchmarks

let benchmarks: @Sendable () -> Void = {
    let carts = makeCarts()
    let pairs = makePairs()

    // Every input passes every rule: a benchmark that found a violation would measure the wrong path.
    for cart in carts { precondition(pricingRules.check(cart, quote(cart)).hasPassed) }
    for pair in pairs { precondition(trivialRules.check(pair, combine(pair)).hasPassed) }

    let checking = InvariantMonitor(sampler: .always, sinks: [])
    let sampledOut = InvariantMonitor(sampler: .never, sinks: [])

    let quoteGuarded = checking.guarded(pricingRules) { quote($0) }
    let quoteSampledOut = sampledOut.guarded(pricingRules) { quote($0) }
    let combineGuarded = checking.guarded(trivialRules) { combine($0) }
    let combineSampledOut = sampledOut.guarded(trivialRules) { combine($0) }

    let metrics: [BenchmarkMetric] = [.wallClock, .instructions, .mallocCountTotal, .throughput]

    /// The guarded paths must not allocate more than the function they wrap: the malloc count of an
    /// iteration (1,000 calls) may exceed the recorded value in Thresholds/ by at most 100 — package-benchmark's
    /// own occasional allocations (16 to 18 per iteration in the bare variants) — so one allocation per call
    /// (+1,000) fails `swift package benchmark thresholds check`. package-benchmark's thresholds are
    /// tolerances around a recorded value, not limits on their own.
    func configuration(noExtraMallocs: Bool) -> Benchmark.Configuration {
        let thresholds: [BenchmarkMetric: BenchmarkThresholds]? =
            noExtraMallocs ? [.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 100])] : nil
        return .init(
            metrics: metrics,
            timeUnits: .nanoseconds,
            warmupIterations: 10,
            scalingFactor: .kilo,
            maxDuration: .seconds(2),
            maxIterations: 1_000_000,
            thresholds: thresholds
        )
    }

    // Pricing.

    Benchmark("pricing.bare", configuration: configuration(noExtraMallocs: false)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(quote(carts[index & inputMask]))
        }
    }
    Benchmark("pricing.hand-written", configuration: configuration(noExtraMallocs: false)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(quoteHandChecked(carts[index & inputMask]))
        }
    }
    Benchmark("pricing.guarded-pass", configuration: configuration(noExtraMallocs: true)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(quoteGuarded(carts[index & inputMask]))
        }
    }
    Benchmark("pricing.sampled-out", configuration: configuration(noExtraMallocs: true)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(quoteSampledOut(carts[index & inputMask]))
        }
    }

    // Trivial.

    Benchmark("trivial.bare", configuration: configuration(noExtraMallocs: false)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(combine(pairs[index & inputMask]))
        }
    }
    Benchmark("trivial.hand-written", configuration: configuration(noExtraMallocs: false)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(combineHandChecked(pairs[index & inputMask]))
        }
    }
    Benchmark("trivial.guarded-pass", configuration: configuration(noExtraMallocs: true)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(combineGuarded(pairs[index & inputMask]))
        }
    }
    Benchmark("trivial.sampled-out", configuration: configuration(noExtraMallocs: true)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(combineSampledOut(pairs[index & inputMask]))
        }
    }
}
