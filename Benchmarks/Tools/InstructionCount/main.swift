// Runs one HotPath variant `count` times, for instruction and allocation counting under valgrind where the
// machine has no hardware performance counters (package-benchmark's `instructions` metric needs them):
//
//   valgrind --tool=callgrind InstructionCount none 0
//   valgrind --tool=callgrind InstructionCount trivial.service.closure 100000
//
// Every run first builds every subject and calls every variant once, so the only difference between a run
// and the `none` run is `count` calls of the variant: (Ir(run) − Ir(none)) / count = instructions per call,
// loop included. Benchmarks/instructions.sh does this for every variant.
//
// Variants named `*.service.*` call a guard held in a property of a service object, through a method the
// loop cannot see into (Tools/HotPathSubjects/Services.swift): how a service calls it. The others call
// the closure `guarded` returned directly from the loop, as the first benchmarks did (the optimiser may
// inline the guard into the loop there).

import Foundation
import HotPathSubjects
import Invariants

@inline(never)
func sink<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4, let count = Int(arguments[2]) else {
    print("usage: InstructionCount <variant|none|list> <count> [<timed repeats>]")
    exit(2)
}

let carts = makeCarts()
let pairs = makePairs()
let checking = InvariantMonitor(sampler: .always, sinks: [])
let sampledOut = InvariantMonitor(sampler: .never, sinks: [])
// What a service runs with: a ratio. At 0.001 almost every call is skipped, by the counter without a request key
// and by the key's hash inside `withInvariantContext` (`skippedRequestID` is one the ratio does not admit).
let ratioOut = InvariantMonitor(sampler: .ratio(0.001), sinks: [])
let skippedRequestID = (0...).lazy.map { "req-\($0)" }.first {
    !RatioSampler(0.001).admits(sample: SamplingKey.hash($0))
}!
let quoteGuarded = checking.guarded(pricingRules) { quote($0) }
let quoteSampledOut = sampledOut.guarded(pricingRules) { quote($0) }
let combineGuarded = checking.guarded(trivialRules) { combine($0) }
let combineSampledOut = sampledOut.guarded(trivialRules) { combine($0) }

let pricing = PricingService(monitor: checking)
let pricingOut = PricingService(monitor: sampledOut)
let trivial = TrivialService(monitor: checking, rules: trivialRules)
let trivialOut = TrivialService(monitor: sampledOut, rules: trivialRules)
let trivialRatio = TrivialService(monitor: ratioOut, rules: trivialRules)
let trivial1 = TrivialService(monitor: checking, rules: trivialRules1)
let trivial10 = TrivialService(monitor: checking, rules: trivialRules10)
let trivial30 = TrivialService(monitor: checking, rules: trivialRules30)
let pricingNested = PricingService(monitor: checking, rules: nestedPricingRules)

// Each loop is written out, so that the call inside it is direct (not through `body`) where the variant says so.
let variants: KeyValuePairs<String, (Int) -> Void> = [
    "pricing.bare": { count in for index in 0..<count { sink(quote(carts[index & inputMask])) } },
    "pricing.hand": { count in for index in 0..<count { sink(quoteHandChecked(carts[index & inputMask])) } },
    "pricing.guarded": { count in for index in 0..<count { sink(quoteGuarded(carts[index & inputMask])) } },
    "pricing.sampled-out": { count in for index in 0..<count { sink(quoteSampledOut(carts[index & inputMask])) } },
    "trivial.bare": { count in for index in 0..<count { sink(combine(pairs[index & inputMask])) } },
    "trivial.hand": { count in for index in 0..<count { sink(combineHandChecked(pairs[index & inputMask])) } },
    "trivial.guarded": { count in for index in 0..<count { sink(combineGuarded(pairs[index & inputMask])) } },
    "trivial.sampled-out": { count in for index in 0..<count { sink(combineSampledOut(pairs[index & inputMask])) } },

    "pricing.service.bare": { count in for index in 0..<count { sink(pricing.bare(carts[index & inputMask])) } },
    "pricing.service.closure": { count in
        for index in 0..<count { sink(pricing.throughClosure(carts[index & inputMask])) }
    },
    "pricing.service.closure-sampled-out": { count in
        for index in 0..<count { sink(pricingOut.throughClosure(carts[index & inputMask])) }
    },
    "pricing.service.guard": { count in
        for index in 0..<count { sink(pricing.throughGuard(carts[index & inputMask])) }
    },
    "pricing.service.guard-sampled-out": { count in
        for index in 0..<count { sink(pricingOut.throughGuard(carts[index & inputMask])) }
    },
    "trivial.service.bare": { count in for index in 0..<count { sink(trivial.bare(pairs[index & inputMask])) } },
    "trivial.service.closure": { count in
        for index in 0..<count { sink(trivial.throughClosure(pairs[index & inputMask])) }
    },
    "trivial.service.closure-sampled-out": { count in
        for index in 0..<count { sink(trivialOut.throughClosure(pairs[index & inputMask])) }
    },
    "trivial.service.guard": { count in
        for index in 0..<count { sink(trivial.throughGuard(pairs[index & inputMask])) }
    },
    "trivial.service.guard-sampled-out": { count in
        for index in 0..<count { sink(trivialOut.throughGuard(pairs[index & inputMask])) }
    },
    "trivial.service.guard-ratio-out": { count in
        for index in 0..<count { sink(trivialRatio.throughGuard(pairs[index & inputMask])) }
    },
    "trivial.service.guard-ratio-out-keyed": { count in
        withInvariantContext(requestID: skippedRequestID) {
            for index in 0..<count { sink(trivialRatio.throughGuard(pairs[index & inputMask])) }
        }
    },
    "trivial.service.closure-ratio-out": { count in
        for index in 0..<count { sink(trivialRatio.throughClosure(pairs[index & inputMask])) }
    },
    "trivial.service.closure-ratio-out-keyed": { count in
        withInvariantContext(requestID: skippedRequestID) {
            for index in 0..<count { sink(trivialRatio.throughClosure(pairs[index & inputMask])) }
        }
    },
    "rules1.hand": { count in for index in 0..<count { sink(combineHandChecked1(pairs[index & inputMask])) } },
    "rules1.service.closure": { count in
        for index in 0..<count { sink(trivial1.throughClosure(pairs[index & inputMask])) }
    },
    "rules1.service.guard": { count in
        for index in 0..<count { sink(trivial1.throughGuard(pairs[index & inputMask])) }
    },
    "rules10.hand": { count in for index in 0..<count { sink(combineHandChecked10(pairs[index & inputMask])) } },
    "rules10.service.closure": { count in
        for index in 0..<count { sink(trivial10.throughClosure(pairs[index & inputMask])) }
    },
    "rules10.service.guard": { count in
        for index in 0..<count { sink(trivial10.throughGuard(pairs[index & inputMask])) }
    },
    "rules30.service.guard": { count in
        for index in 0..<count { sink(trivial30.throughGuard(pairs[index & inputMask])) }
    },
    "pricing.nested.service.guard": { count in
        for index in 0..<count { sink(pricingNested.throughGuard(carts[index & inputMask])) }
    },
]

if arguments[1] == "list" {
    for (name, _) in variants { print(name) }
    exit(0)
}
// Warm every variant up once, in every run, so lazy initialisation is in the `none` run too.
for (_, run) in variants { run(1) }
if arguments[1] == "none" { exit(0) }
guard let run = variants.first(where: { $0.key == arguments[1] })?.value else {
    print("unknown variant \(arguments[1])")
    exit(2)
}
if arguments.count == 4, let repeats = Int(arguments[3]) {
    // Wall clock: the fastest of `repeats` runs of `count` calls, in nanoseconds per call.
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000_000)
    for _ in 0..<repeats { best = min(best, clock.measure { run(count) }) }
    let (seconds, attoseconds) = best.components
    print(String(format: "%.2f", (Double(seconds) * 1e9 + Double(attoseconds) / 1e9) / Double(count)))
} else {
    run(count)
}
