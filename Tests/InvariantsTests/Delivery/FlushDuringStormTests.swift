import Foundation
import Testing

@testable import Invariants

/// `flush` waits for exactly the records produced before it was called: records submitted after the call
/// and dropped at once do not stand in for earlier records still in the intake.
struct FlushDuringStormTests {
    @Test func recordsDroppedAfterTheCallDoNotEndAFlushEarly() async {
        let gate = Gate()  // a `beforeRecord` hook that holds the reporter's queue until the gate opens
        let sink = MemorySink()
        let monitor = InvariantMonitor(
            sinks: [sink], bufferCapacity: 2,
            beforeRecord: { _ in
                gate.pass()
                return true
            })
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)  // two records, held in the intake by the hook
        #expect(await eventually { gate.arrivals > 0 })
        let target = monitor.reporter.nextSequence
        #expect(target == 2)

        // The storm after the call: the intake holds two more, the rest are dropped at once.
        for _ in 0..<50 { _ = quote(sampleBasket) }
        #expect(monitor.health.dropped[.queueFull, default: 0] >= target)
        // The two records before the call are still with the hook: the flush cannot have them.
        #expect(!monitor.reporter.flush(recordsBefore: target, until: .now + .milliseconds(200)))
        #expect(sink.records.isEmpty)

        gate.open()
        #expect(monitor.reporter.flush(recordsBefore: target, until: .now + .seconds(30)))
        #expect(sink.records.count >= 2)
        await monitor.shutdown()
    }
}
