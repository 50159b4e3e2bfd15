import Foundation
import Invariants
import Testing

/// A violation storm from many tasks into a sink that cannot keep up: memory stays bounded by the buffer,
/// and every record produced is either recorded or dropped and counted — none is unaccounted.
struct ReporterStormTests {
    @Test func aStormIntoABlockedSinkDropsAndCountsEveryRecordItCannotHold() async {
        let sink = GatedSink()
        let monitor = InvariantMonitor(sinks: [sink], bufferCapacity: 16)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let tasks = 16
        let callsPerTask = 100
        let recordsPerCall = quoteRules.check(sampleBasket, Pricing.buggyQuote(sampleBasket)).violations.count
        #expect(recordsPerCall == 2)

        _ = quote(sampleBasket)  // the first batch reaches the sink and stays there
        #expect(sink.waitUntilEntered())
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<tasks {
                group.addTask {
                    for _ in 0..<callsPerTask { _ = quote(sampleBasket) }
                }
            }
        }
        let produced = (tasks * callsPerTask + 1) * recordsPerCall
        let during = monitor.health
        #expect(during.produced == produced)
        // The intake buffer and the sink's lane (the batch held by the sink included) hold 16 each at most.
        #expect(during.pending <= 2 * 16)
        #expect(during.dropped[.queueFull, default: 0] >= produced - 2 * 16)
        #expect(during.recorded + during.droppedTotal + during.pending == produced)

        sink.openGate()
        #expect(await monitor.flush())
        let after = monitor.health
        #expect(after.pending == 0)
        #expect(after.recorded + after.droppedTotal == produced)
        #expect(after.recorded == sink.receivedCount)
        #expect(after.droppedTotal == after.dropped[.queueFull, default: 0])
        await monitor.shutdown()
    }

    /// The buffer is also bounded in (estimated) bytes: every record is at least a kibibyte, so an 8 KiB
    /// limit holds at most 8 of them in the intake and 8 in the sink's lane (the batch in the sink
    /// included), whatever `bufferCapacity` allows.
    @Test func aStormIsBoundedByTheBuffersMemoryLimitToo() async {
        let sink = GatedSink()
        let monitor = InvariantMonitor(sinks: [sink], bufferCapacity: 100_000, bufferMemoryLimit: 8 << 10)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        #expect(sink.waitUntilEntered())
        for _ in 0..<500 { _ = quote(sampleBasket) }
        let during = monitor.health
        #expect(during.produced == 1_002)
        #expect(during.pending <= 2 * 8)
        #expect(during.recorded + during.droppedTotal + during.pending == 1_002)
        sink.openGate()
        #expect(await monitor.flush())
        let after = monitor.health
        #expect(after.recorded + after.dropped[.queueFull, default: 0] == 1_002)
        #expect(after.recorded == sink.receivedCount)
        await monitor.shutdown()
    }
}
