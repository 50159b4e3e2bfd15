import Foundation
import Testing

@testable import Invariants

/// `flush` waits for exactly the records produced before it was called: records submitted after the call
/// and dropped at once do not stand in for earlier records still in the intake.
struct FlushDuringStormTests {
    /// A `beforeRecord` hook that holds the reporter's thread until the gate opens.
    final class HookGate: @unchecked Sendable {
        // `open` and `entered` are guarded by `condition`.
        private let condition = NSCondition()
        private var open = false
        private var entered = false

        func pass() {
            condition.lock()
            defer { condition.unlock() }
            entered = true
            condition.broadcast()
            // The deadline only keeps a failing test from hanging forever.
            let deadline = Date(timeIntervalSinceNow: 60)
            while !open && condition.wait(until: deadline) {}
        }

        func waitUntilEntered() -> Bool {
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date(timeIntervalSinceNow: 30)
            while !entered && condition.wait(until: deadline) {}
            return entered
        }

        func openGate() {
            condition.lock()
            open = true
            condition.broadcast()
            condition.unlock()
        }
    }

    @Test func recordsDroppedAfterTheCallDoNotEndAFlushEarly() async {
        let gate = HookGate()
        let sink = MemorySink()
        let monitor = InvariantMonitor(
            sinks: [sink], bufferCapacity: 2,
            beforeRecord: { _ in
                gate.pass()
                return true
            })
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)  // two records, held in the intake by the hook
        #expect(gate.waitUntilEntered())
        let target = monitor.reporter.nextSequence
        #expect(target == 2)

        // The storm after the call: the intake holds two more, the rest are dropped at once.
        for _ in 0..<50 { _ = quote(sampleBasket) }
        #expect(monitor.health.dropped[.queueFull, default: 0] >= target)
        // The two records before the call are still with the hook: the flush cannot have them.
        #expect(!monitor.reporter.flush(recordsBefore: target, until: .now + .milliseconds(200)))
        #expect(sink.records.isEmpty)

        gate.openGate()
        #expect(monitor.reporter.flush(recordsBefore: target, until: .now + .seconds(30)))
        #expect(sink.records.count >= 2)
        await monitor.shutdown()
    }
}
