import Foundation
import Invariants
import Synchronization
import Testing

struct SinkCompositionTests {
    final class Seen: Sendable {
        let ids = Mutex<[String]>([])
    }

    @Test func aClosureSinkSeesEveryRecord() async {
        let seen = Seen()
        let monitor = InvariantMonitor(sinks: [
            .closure { record in seen.ids.withLock { $0.append(record.invariantID) } }
        ])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.flush()
        #expect(seen.ids.withLock { $0 } == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
    }

    @Test func aMultiplexSinkFeedsEverySinkEvenAfterOneFails() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [.multiplex([FailingSink(), memory])])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.flush()
        #expect(memory.records.count == 2)
        #expect(monitor.health.dropped[.sinkError] == 2)
    }

    @Test func beforeRecordEditsAndVetoesAndVetoesAreCounted() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(
            sinks: [memory],
            beforeRecord: { record in
                record.tags.append("reviewed")
                return record.severity != .critical
            }
        )
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.flush()
        #expect(memory.invariantIDs == ["pricing.quote/tax-non-negative"])
        #expect(memory.records.first?.tags == ["reviewed"])
        let health = monitor.health
        #expect(health.produced == 2)
        #expect(health.dropped[.vetoed] == 1)
        #expect(health.recorded + health.droppedTotal + health.pending == health.produced)
    }
}
