import Foundation
import Invariants
import Testing

/// Two monitors writing one journal sink and sending to one endpoint share one shipper: the endpoint gets
/// every line once.
struct SharedShipperTests {
    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func twoMonitorsOnOneJournalAndEndpointDeliverEachRecordOnce() async throws {
        let scratch = try ScratchDirectory()
        let server = try LocalHookServer()
        defer { server.stop() }
        let journal = try JournalSink(opening: scratch.journal)
        func makeMonitor() -> InvariantMonitor {
            InvariantMonitor(sinks: [journal, .webhook(server.url("/ingest"), maxBatch: 50, timeout: .seconds(5))])
        }
        let first = makeMonitor()
        let second = makeMonitor()
        let firstQuote = first.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let secondQuote = second.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<10 {
            _ = firstQuote(sampleBasket)
            _ = secondQuote(sampleBasket)
        }
        #expect(await first.flush(timeout: .seconds(30)))
        #expect(await second.flush(timeout: .seconds(30)))
        func received() throws -> [String] {
            try server.requests().flatMap { try decodedRecords($0.body) }.map(\.eventID)
        }
        #expect(try received().count == 40)
        #expect(try Set(received()).count == 40)
        // Both monitors see the one shipper: both monitors' records, all delivered.
        let shared = second.health.sinks[1]
        #expect(shared.produced == 40 && shared.delivered == 40 && shared.pending == 0)

        #expect(await first.shutdown())
        // The first monitor's shutdown closed the shared journal sink; the second's shipper had nothing left.
        _ = await second.shutdown()
    }
}
