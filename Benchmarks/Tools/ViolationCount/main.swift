// Runs one violation-path variant `count` times, for instruction counting and profiling under valgrind:
//
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null ViolationCount violation.caller 0
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null ViolationCount violation.caller 2000
//
// (Ir of the second run − Ir of the first) / 2000 = instructions per call (of the main thread, with
// --separate-threads=yes: the reporter's queue captures deferred values and is not the caller's cost). Benchmarks/instructions.sh
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
        "usage: ViolationCount <function.bare|violation.caller|violation.caller-captures|snapshot.capture-input|snapshot.through-jsonencoder|snapshot.capture-output|delivery.sinks-1|delivery.sinks-4|delivery.endpoint-down> <count>"
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
case "delivery.sinks-1", "delivery.sinks-4":
    // Every thread's instructions (callgrind without --separate-threads): (sinks-4 − sinks-1) / 3 / records
    // is what one more sink's lane costs per record (queue, worker, accounting; the closure sink is empty).
    let sinks: [any ViolationSink] = (0..<(arguments[1] == "delivery.sinks-4" ? 4 : 1)).map { _ in .closure { _ in } }
    let lanes = InvariantMonitor(
        sampler: .always, sinks: sinks, redaction: benchmarkRedaction, bufferCapacity: 1_000_000)
    let call = lanes.guarded(failingRules) { price($0) }
    sink(call(orders[0]))
    for index in 0..<count { sink(call(orders[index & mask])) }
    let semaphore = DispatchSemaphore(value: 0)
    Task.detached {
        _ = await lanes.shutdown(deadline: .seconds(600))
        semaphore.signal()
    }
    semaphore.wait()
case "delivery.endpoint-down":
    // A journal and a webhook on a port nobody listens on, shipping from the journal: the process's resident
    // memory before and after `count` violations, once the journal has them all.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("endpoint-down-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let down = InvariantMonitor(
        sampler: .always,
        sinks: [
            .journal(at: directory.appendingPathComponent("violations.jsonl")),
            .webhook(URL(string: "http://127.0.0.1:1/ingest")!, attempts: 1),
        ], redaction: benchmarkRedaction)
    let call = down.guarded(failingRules) { price($0) }
    let before = ProcessMemory.resident
    var produced = 0
    for index in 0..<count {
        sink(call(orders[index & mask]))
        produced = down.health.produced
        if index % 1_000 == 999 {
            while down.health.sinks[0].delivered + down.health.sinks[0].droppedTotal < produced { usleep(1_000) }
        }
    }
    while down.health.sinks[0].delivered + down.health.sinks[0].droppedTotal < produced { usleep(1_000) }
    let health = down.health
    print(
        "records \(health.produced), journal \(health.sinks[0].delivered), webhook pending \(health.sinks[1].pending)")
    print(
        "resident before \(before / 1024) KiB, after \(ProcessMemory.resident / 1024) KiB, peak \(ProcessMemory.peakResident / 1024) KiB"
    )
default:
    print("unknown variant \(arguments[1])")
    exit(2)
}
