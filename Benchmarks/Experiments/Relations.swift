// What a relation check costs the caller of a guarded function (relation.*).
//
//   relation.unguarded      the function, called through a closure
//   relation.sampled-out    guarded; rules sampled out, relations at .never: the guard's branches only
//   relation.ratio-0.01     the same, relations at .ratio(0.01): 99 calls in 100 decide and skip
//   relation.sampled        relations at .always: every call enqueues one job for its two relations
//
// The second calls sleep 1 ms on the workers (the caller's own calls do not), so they take no CPU from
// the caller: what is left is the caller's share, the decision and the enqueue. The in-flight bound is
// above the number of calls a run makes, so no check is skipped; the teardown prints the counts.

import Benchmark
import Foundation
import HotPathSubjects
import Invariants
import Synchronization

func relationBenchmarks(pairs: [Pair], configuration: () -> Benchmark.Configuration, runs: Int) {
    let monitor = InvariantMonitor(sampler: .never, sinks: [])
    // The benchmark's own thread: every other thread (the relation workers) sleeps in the function.
    let caller = Atomic<UInt>(0)
    let function: @Sendable (Pair) -> Out = { pair in
        if unsafeBitCast(pthread_self(), to: UInt.self) != caller.load(ordering: .relaxed) { usleep(1_000) }
        return combine(pair)
    }
    let rules = trivialRules.relating {
        Deterministic("same-sum", comparing: { $0.sum })
        Metamorphic("sum-commutes", transform: { Pair(a: $0.b, b: $0.a) }) { $0.output.sum == $1.output.sum }
    }
    let options = ExperimentOptions(timeout: .seconds(60), maxInFlight: 4 * runs, workers: 4)
    func guarded(_ sampler: any Sampler) -> (RelationChecks, @Sendable (Pair) -> Out) {
        let checks = RelationChecks.rerun(.pure, sampler: sampler, options: options)
        return (checks, monitor.guarded(rules, relations: checks, function))
    }
    let (_, sampledOut) = guarded(.never)
    let (ratioChecks, ratio) = guarded(.ratio(0.01))
    let (alwaysChecks, always) = guarded(.always)
    func markCaller() { caller.store(unsafeBitCast(pthread_self(), to: UInt.self), ordering: .relaxed) }
    func report(_ name: String, _ checks: RelationChecks) {
        FileHandle.standardError.write(Data("\(name): \(checks.counts)\n".utf8))
    }

    Benchmark("relation.unguarded", configuration: configuration()) { benchmark in
        markCaller()
        for index in benchmark.scaledIterations { blackHole(function(pairs[index & inputMask])) }
    }
    Benchmark("relation.sampled-out", configuration: configuration()) { benchmark in
        markCaller()
        for index in benchmark.scaledIterations { blackHole(sampledOut(pairs[index & inputMask])) }
    }
    Benchmark("relation.ratio-0.01", configuration: configuration()) { benchmark in
        markCaller()
        for index in benchmark.scaledIterations { blackHole(ratio(pairs[index & inputMask])) }
    } teardown: {
        report("relation.ratio-0.01", ratioChecks)
    }
    Benchmark("relation.sampled", configuration: configuration()) { benchmark in
        markCaller()
        for index in benchmark.scaledIterations { blackHole(always(pairs[index & inputMask])) }
    } teardown: {
        report("relation.sampled", alwaysChecks)
    }
}
