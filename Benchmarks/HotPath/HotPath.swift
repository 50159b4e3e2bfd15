// Hot-path cost of guarding a function with an InvariantSet.
//
// Two functions, each measured four ways:
//   bare          the function alone
//   hand-written  the function plus the same five checks written as plain `if`s
//   guarded-pass  `monitor.guarded(rules) { f($0) }`, sampler .always, every rule holds
//   sampled-out   the same guard, sampler .never (the rules are not evaluated)
// and as a service calls them (`*.service.*`): the guard held in a property of a service object and called
// from one of its methods, which the loop cannot see into (Tools/HotPathSubjects/Services.swift), for the
// closure `guarded` returns and for the guard `monitor.guard(rules)` called with the function.
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
    let pricing = PricingService(monitor: checking)
    let pricingOut = PricingService(monitor: sampledOut)
    let trivial = TrivialService(monitor: checking, rules: trivialRules)
    let trivialOut = TrivialService(monitor: sampledOut, rules: trivialRules)

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

    // As a service calls them: through a method of the object holding the guard.

    func service<Input>(
        _ name: String, guards: Bool, _ inputs: [Input], _ call: @escaping (Input) -> some Any
    ) {
        Benchmark(name, configuration: configuration(noExtraMallocs: guards)) { benchmark in
            for index in benchmark.scaledIterations {
                blackHole(call(inputs[index & inputMask]))
            }
        }
    }
    service("pricing.service.bare", guards: false, carts) { pricing.bare($0) }
    service("pricing.service.closure", guards: true, carts) { pricing.throughClosure($0) }
    service("pricing.service.closure-sampled-out", guards: true, carts) { pricingOut.throughClosure($0) }
    service("pricing.service.guard", guards: true, carts) { pricing.throughGuard($0) }
    service("pricing.service.guard-sampled-out", guards: true, carts) { pricingOut.throughGuard($0) }
    service("trivial.service.bare", guards: false, pairs) { trivial.bare($0) }
    service("trivial.service.closure", guards: true, pairs) { trivial.throughClosure($0) }
    service("trivial.service.closure-sampled-out", guards: true, pairs) { trivialOut.throughClosure($0) }
    service("trivial.service.guard", guards: true, pairs) { trivial.throughGuard($0) }
    service("trivial.service.guard-sampled-out", guards: true, pairs) { trivialOut.throughGuard($0) }
}
