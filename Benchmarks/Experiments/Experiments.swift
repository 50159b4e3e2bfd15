// What a shadow experiment costs the caller.
//
//   control-alone              the control function, called through a closure
//   experiment-sampled-out     monitor.experiment(..., sampler: .never): the sampling branch only
//   experiment-slow-candidate  sampler .always; the candidate sleeps 1 ms on the experiment's worker queues
//   experiment-ratio-0.1       the same with sampler .ratio(0.1)
//
// One call per measured iteration (scalingFactor .one), so the figures are per call. The in-flight bound
// is set above the number of calls a run makes (maxIterations), so every sampled call is enqueued and
// none is skipped: what the caller pays is the control plus the enqueue. Candidates only sleep, so they
// take no CPU from the caller. The teardown prints the experiment's counts to show nothing was skipped.

import Benchmark
import Foundation
import HotPathSubjects
import Invariants

let benchmarks: @Sendable () -> Void = {
    let pairs = makePairs()
    let carts = makeCarts()
    let monitor = InvariantMonitor(sampler: .always, sinks: [])
    let runs = 20_000
    let options = ExperimentOptions(timeout: .seconds(60), maxInFlight: 4 * runs, workers: 4)
    let slowCombine: @Sendable (Pair) -> Out = { pair in
        usleep(1_000)
        return combine(pair)
    }
    let slowQuote: @Sendable (Cart) -> Quote = { cart in
        usleep(1_000)
        return quote(cart)
    }
    let combineAlone: @Sendable (Pair) -> Out = { combine($0) }
    let quoteAlone: @Sendable (Cart) -> Quote = { quote($0) }

    func configuration() -> Benchmark.Configuration {
        .init(
            metrics: [.wallClock, .mallocCountTotal, .throughput], timeUnits: .nanoseconds, warmupIterations: 100,
            scalingFactor: .one, maxDuration: .seconds(2), maxIterations: runs)
    }

    func experiment<Input: Sendable, Output: Sendable>(
        _ name: String, _ control: @escaping @Sendable (Input) -> Output,
        _ candidate: @escaping @Sendable (Input) -> Output, _ sampler: any Sampler,
        equivalent: @escaping @Sendable (Output, Output) -> Bool
    ) -> Experiment<Input, Output> {
        monitor.experiment(
            name, control: control, candidate: candidate, sampler: sampler, equivalent: equivalent, options: options)
    }

    func report(_ name: String, _ counts: ExperimentCounts) {
        FileHandle.standardError.write(Data("\(name): \(counts)\n".utf8))
    }

    // Trivial control (a few ns): the enqueue is what remains.

    let trivialEqual: @Sendable (Out, Out) -> Bool = { $0.sum == $1.sum }
    let trivialNever = experiment("trivial.never", combineAlone, slowCombine, .never, equivalent: trivialEqual)
    let trivialAlways = experiment("trivial.always", combineAlone, slowCombine, .always, equivalent: trivialEqual)
    let trivialRatio = experiment("trivial.ratio", combineAlone, slowCombine, .ratio(0.1), equivalent: trivialEqual)

    Benchmark("trivial.control-alone", configuration: configuration()) { benchmark in
        for index in benchmark.scaledIterations { blackHole(combineAlone(pairs[index & inputMask])) }
    }
    Benchmark("trivial.experiment-sampled-out", configuration: configuration()) { benchmark in
        for index in benchmark.scaledIterations { blackHole(try trivialNever(pairs[index & inputMask])) }
    }
    Benchmark("trivial.experiment-slow-candidate", configuration: configuration()) { benchmark in
        for index in benchmark.scaledIterations { blackHole(try trivialAlways(pairs[index & inputMask])) }
    } teardown: {
        report("trivial.always", trivialAlways.counts)
    }
    Benchmark("trivial.experiment-ratio-0.1", configuration: configuration()) { benchmark in
        for index in benchmark.scaledIterations { blackHole(try trivialRatio(pairs[index & inputMask])) }
    } teardown: {
        report("trivial.ratio", trivialRatio.counts)
    }

    // Pricing control (a few µs): the realistic case.

    let quoteEqual: @Sendable (Quote, Quote) -> Bool = { $0.total == $1.total }
    let pricingAlways = experiment("pricing.always", quoteAlone, slowQuote, .always, equivalent: quoteEqual)

    Benchmark("pricing.control-alone", configuration: configuration()) { benchmark in
        for index in benchmark.scaledIterations { blackHole(quoteAlone(carts[index & inputMask])) }
    }
    Benchmark("pricing.experiment-slow-candidate", configuration: configuration()) { benchmark in
        for index in benchmark.scaledIterations { blackHole(try pricingAlways(carts[index & inputMask])) }
    } teardown: {
        report("pricing.always", pricingAlways.counts)
    }

    relationBenchmarks(pairs: pairs, configuration: configuration, runs: runs)
}
