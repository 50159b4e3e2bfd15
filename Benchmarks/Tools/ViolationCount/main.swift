// Runs one violation-path variant `count` times, for instruction counting and profiling under valgrind:
//
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null ViolationCount violation.caller 0
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null ViolationCount violation.caller 2000
//
// (Ir of the second run − Ir of the first) / 2000 = instructions per call (of the main thread, with
// --separate-threads=yes: the reporter's thread captures deferred values and is not the caller's cost). Benchmarks/instructions.sh
// --violation does this for every variant; drop `--callgrind-out-file` and open the output with
// callgrind_annotate to see where they go.

import Foundation
import Invariants
import ViolationSubjects

@inline(never)
func sink<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]) else {
    print(
        "usage: ViolationCount <function.bare|violation.caller|violation.caller-captures|snapshot.capture-input|snapshot.through-jsonencoder|snapshot.capture-output> <count>"
    )
    exit(2)
}

let orders = makeOrders()
let mask = orders.count - 1
let outputs = orders.map(price)
let monitor = InvariantMonitor(
    sampler: .always, sinks: [.closure { _ in }], redaction: benchmarkRedaction, bufferCapacity: 1_000_000)
let guardedPrice = monitor.guarded(failingRules) { price($0) }
let capturingPrice = monitor.guarded(callerCapturingRules) { price($0) }
// One call before counting, so one-time work (metadata, conformance caches) is in the base line.
sink(guardedPrice(orders[0]))
sink(capturingPrice(orders[0]))
sink(Snapshot.capture(orders[0], redaction: benchmarkRedaction))

switch arguments[1] {
case "function.bare":
    for index in 0..<count { sink(price(orders[index & mask])) }
case "violation.caller":
    for index in 0..<count { sink(guardedPrice(orders[index & mask])) }
case "violation.caller-captures":
    for index in 0..<count { sink(capturingPrice(orders[index & mask])) }
case "snapshot.capture-input":
    for index in 0..<count { sink(Snapshot.capture(orders[index & mask], redaction: benchmarkRedaction)) }
case "snapshot.through-jsonencoder":
    // What Snapshot.capture did before JSONValueEncoder: JSONEncoder, parse, redact, serialize to measure.
    for index in 0..<count {
        let (value, paths) = benchmarkRedaction.redact(try! JSONValue.encoding(orders[index & mask]))
        sink((value, paths, value.serialized().utf8.count))
    }
case "snapshot.capture-output":
    for index in 0..<count { sink(Snapshot.capture(outputs[index & mask], redaction: benchmarkRedaction)) }
default:
    print("unknown variant \(arguments[1])")
    exit(2)
}
