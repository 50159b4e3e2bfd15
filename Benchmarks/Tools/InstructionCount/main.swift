// Runs one HotPath variant `count` times, for instruction counting under valgrind where the machine
// has no hardware performance counters (package-benchmark's `instructions` metric needs them):
//
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null InstructionCount trivial.guarded 0
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null InstructionCount trivial.guarded 100000
//
// (Ir of the second run − Ir of the first) / 100000 = instructions per call, loop included.
// Benchmarks/instructions.sh does this for every variant.

import Foundation
import HotPathSubjects
import Invariants

@inline(never)
func sink<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]) else {
    print("usage: InstructionCount <pricing|trivial>.<bare|hand|guarded|sampled-out> <count>")
    exit(2)
}

let carts = makeCarts()
let pairs = makePairs()
let checking = InvariantMonitor(sampler: .always, sinks: [])
let sampledOut = InvariantMonitor(sampler: .never, sinks: [])
let quoteGuarded = checking.guarded(pricingRules) { quote($0) }
let quoteSampledOut = sampledOut.guarded(pricingRules) { quote($0) }
let combineGuarded = checking.guarded(trivialRules) { combine($0) }
let combineSampledOut = sampledOut.guarded(trivialRules) { combine($0) }

switch arguments[1] {
case "pricing.bare": for index in 0..<count { sink(quote(carts[index & inputMask])) }
case "pricing.hand": for index in 0..<count { sink(quoteHandChecked(carts[index & inputMask])) }
case "pricing.guarded": for index in 0..<count { sink(quoteGuarded(carts[index & inputMask])) }
case "pricing.sampled-out": for index in 0..<count { sink(quoteSampledOut(carts[index & inputMask])) }
case "trivial.bare": for index in 0..<count { sink(combine(pairs[index & inputMask])) }
case "trivial.hand": for index in 0..<count { sink(combineHandChecked(pairs[index & inputMask])) }
case "trivial.guarded": for index in 0..<count { sink(combineGuarded(pairs[index & inputMask])) }
case "trivial.sampled-out": for index in 0..<count { sink(combineSampledOut(pairs[index & inputMask])) }
default:
    print("unknown variant \(arguments[1])")
    exit(2)
}
