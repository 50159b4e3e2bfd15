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

/// Two remote sinks of one monitor whose offset files would share a name (same host, port and path) never
/// share a shipper: the second delivers from memory, both get every record and `flush` ends.
struct SameNamedRemoteSinksTests {
    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func twoSinksDifferingOnlyByQueryEachGetEveryRecord() async throws {
        try await expectEveryRecordAt(["/ingest?tenant=a", "/ingest?tenant=b"])
    }

    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func theSameEndpointTwiceGetsEveryRecordTwice() async throws {
        try await expectEveryRecordAt(["/ingest", "/ingest"])
    }

    func expectEveryRecordAt(_ paths: [String]) async throws {
        let scratch = try ScratchDirectory()
        let server = try LocalHookServer()
        defer { server.stop() }
        let monitor = InvariantMonitor(
            sinks: [try JournalSink(opening: scratch.journal)]
                + paths.map { .webhook(server.url($0), maxBatch: 50, timeout: .seconds(5)) })
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<5 { _ = quote(sampleBasket) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        let requests = try server.requests()
        for path in Set(paths) {
            let events = try requests.filter { $0.path == path }.flatMap { try decodedRecords($0.body) }.map(\.eventID)
            #expect(events.count == 10 * paths.filter { $0 == path }.count, "\(path)")
            #expect(Set(events).count == 10, "\(path)")
        }
        #expect(monitor.health.sinks.dropFirst().allSatisfy { $0.delivered == 10 && $0.pending == 0 })
        #expect(await monitor.shutdown())
    }
}
