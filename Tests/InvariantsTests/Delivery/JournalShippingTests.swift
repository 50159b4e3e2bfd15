import Foundation
import Invariants
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Remote sinks fed from the journal: an endpoint that is down loses nothing, the backlog stays on disk
/// (rotation keeps what was not shipped), and a new monitor on the same journal resumes from the saved offset.
struct JournalShippingTests {
    /// A port nothing listens on now: bound by the kernel's choice, then closed.
    static func freePort() throws -> Int {
        let server = try SilentServer()
        let port = server.port
        server.stop()
        return port
    }

    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func anEndpointDownAcrossARestartGetsEveryRecordOnceItIsBack() async throws {
        let scratch = try ScratchDirectory()
        let port = try Self.freePort()
        let hook = URL(string: "http://127.0.0.1:\(port)/ingest")!
        let rotation = JournalRotation(maxBytes: 4_096, maxFiles: 1)
        func makeMonitor() throws -> InvariantMonitor {
            InvariantMonitor(sinks: [
                try .journal(opening: scratch.journal, rotation: rotation),
                .webhook(hook, maxBatch: 50, timeout: .seconds(2), attempts: 1),
            ])
        }

        // The first run: the endpoint is down the whole time.
        let first = try makeMonitor()
        let quote = first.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<50 { _ = quote(sampleBasket) }
        #expect(await first.flush(timeout: .milliseconds(500)) == false)
        let down = first.health.sinks[1]
        #expect(down.name.contains("from the journal"))
        #expect(down.produced == 100)
        #expect(down.delivered == 0)
        #expect(down.droppedTotal == 0)
        #expect(down.lastError != nil)
        #expect(await first.shutdown(deadline: .milliseconds(500)) == false)
        // Rotation kept every file the webhook has not shipped, past `maxFiles`.
        let files = try scratch.names().filter { $0.hasSuffix(".jsonl") }
        #expect(files.count > 2)
        let journaled = try JournalReader(journalAt: scratch.journal).records().map(\.eventID)
        #expect(journaled.count == 100)

        // The endpoint comes back; a new monitor (as after a restart) resumes and ships the backlog too.
        let server = try LocalHookServer(port: port)
        defer { server.stop() }
        let second = try makeMonitor()
        let again = second.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<10 { _ = again(sampleBasket) }
        #expect(await second.flush(timeout: .seconds(30)))
        let up = second.health.sinks[1]
        #expect(up.produced == 120)  // 100 from the first run's journal, 20 from this one
        #expect(up.delivered == 120)
        #expect(up.pending == 0)
        let received = try server.requests().flatMap { try decodedRecords($0.body) }.map(\.eventID)
        let all = try JournalReader(journalAt: scratch.journal).records().map(\.eventID)
        #expect(received.count == 120)
        #expect(Set(received).count == 120)  // nothing twice: no batch was acknowledged and lost its offset
        #expect(Set(received) == Set(all + journaled))
        // Once shipped, the files past `maxFiles` go at the next rotations.
        for _ in 0..<6 {
            _ = again(sampleBasket)
            #expect(await second.flush(timeout: .seconds(30)))
        }
        #expect(try scratch.names().filter { $0.hasSuffix(".jsonl") }.count <= 3)
        #expect(await second.shutdown())
        #expect(try scratch.names().contains { $0.hasSuffix(".offset") })
    }

    /// The endpoint takes the first batch but answers after the sink gave up (4 s against a 2 s timeout):
    /// that batch is sent again, and its records are the only ones that arrive twice.
    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func onlyTheUnacknowledgedBatchIsSentTwice() async throws {
        let scratch = try ScratchDirectory()
        let server = try LocalHookServer()
        defer { server.stop() }
        let monitor = InvariantMonitor(sinks: [
            try .journal(opening: scratch.journal),
            .webhook(server.url("/seq/200+4,200"), timeout: .seconds(2), attempts: 1),
        ])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<30 { _ = quote(sampleBasket) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        let requests = try server.requests()
        #expect(requests.count >= 2)
        guard requests.count >= 2 else { return }
        let batches = try requests.map { try decodedRecords($0.body).map(\.eventID) }
        // The retry starts from the same offset: the batch whose answer came too late, and (as the journal
        // grew meanwhile) possibly more records after it.
        #expect(Array(batches[1].prefix(batches[0].count)) == batches[0])
        let received = batches.flatMap { $0 }
        let journaled = try JournalReader(journalAt: scratch.journal).records().map(\.eventID)
        #expect(Set(received) == Set(journaled))
        #expect(received.count == journaled.count + batches[0].count)
        #expect(monitor.health.sinks[1].delivered == 60)
        #expect(await monitor.shutdown())
    }

    /// A journal that cannot be opened does not cost the webhook its records: it ships from memory instead.
    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func aBrokenJournalLeavesTheWebhookOnMemoryDelivery() async throws {
        let scratch = try ScratchDirectory()
        let blocker = scratch.file("not-a-directory")
        try Data("x".utf8).write(to: blocker)
        let server = try LocalHookServer()
        defer { server.stop() }
        let monitor = InvariantMonitor(sinks: [
            .journal(at: blocker.appendingPathComponent("violations.jsonl")), .webhook(server.url("/ingest")),
        ])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.flush()
        let webhook = monitor.health.sinks[1]
        #expect(webhook.name == "webhook 127.0.0.1")
        #expect(webhook.delivered == 2)
        #expect(try server.requests().count == 1)
        #expect(monitor.health.sinks[0].dropped[.sinkError] == 2)
        #expect(await monitor.shutdown() == false)
    }

    /// Two monitors sharing a journal and a webhook share one shipper (one offset file, no record shipped
    /// twice: see SharedShipperTests).
    @Test func oneShipperPerJournalAndEndpoint() async throws {
        let scratch = try ScratchDirectory()
        let journal = try JournalSink(opening: scratch.journal)
        let hook: any ViolationSink = .webhook(URL(string: "http://127.0.0.1:\(try Self.freePort())/ingest")!)
        let first = InvariantMonitor(sinks: [journal, hook])
        let second = InvariantMonitor(sinks: [journal, hook])
        #expect(first.health.sinks[1].name.contains("from the journal"))
        #expect(second.health.sinks[1].name.contains("from the journal"))
        #expect(try scratch.names().filter { $0.hasSuffix(".offset") }.count == 1)
        _ = await first.shutdown(deadline: .milliseconds(100))
        _ = await second.shutdown(deadline: .milliseconds(100))
    }

    @Test func memoryDeliveryStillDropsWhatADeadEndpointCannotTake() async throws {
        let scratch = try ScratchDirectory()
        let hook = URL(string: "http://127.0.0.1:\(try Self.freePort())/ingest")!
        let monitor = InvariantMonitor(
            sinks: [try .journal(opening: scratch.journal), .webhook(hook, attempts: 1)],
            remoteDelivery: .fromMemory)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.flush()
        let webhook = monitor.health.sinks[1]
        #expect(webhook.dropped[.sinkError] == 2)
        #expect(try scratch.names().contains { $0.hasSuffix(".offset") } == false)
        #expect(await monitor.shutdown() == false)
    }
}

/// Whether `python3` can be run, for the tests that need the local HTTP server.
let pythonIsAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(filePath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "pass"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    } catch {
        return false
    }
}()
