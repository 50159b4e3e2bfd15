import Foundation
import Invariants
import Synchronization
import Testing

/// Every sink has its own delivery lane: a sink that hangs, throws or is slow delays and drops only its
/// own records, and every lane keeps `produced = delivered + dropped + pending`.
struct DeliveryLaneTests {
    /// The case of issue 12: a webhook that accepts connections and never answers, beside a journal,
    /// during a storm. The journal keeps every record; shutdown keeps its deadline; health names the
    /// webhook's pending and dropped records. Fed from memory, the webhook drops what it could not send
    /// (shutting down); fed from the journal (the default), nothing is dropped: it stays pending on disk.
    @Test(arguments: [RemoteDelivery.fromMemory, .fromJournal])
    func aHangingWebhookCostsTheJournalNoRecord(delivery: RemoteDelivery) async throws {
        let server = try SilentServer()
        defer { server.stop() }
        let scratch = try ScratchDirectory()
        let monitor = InvariantMonitor(
            sinks: [
                try .journal(opening: scratch.journal),
                .webhook(server.url(), timeout: .seconds(60), attempts: 1, deadline: .seconds(60)),
            ], remoteDelivery: delivery)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let tasks = 8
        let callsPerTask = 250
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<tasks {
                group.addTask {
                    for _ in 0..<callsPerTask { _ = quote(sampleBasket) }
                }
            }
        }
        let produced = tasks * callsPerTask * 2
        // The journal gets every record while the webhook holds its first batch.
        #expect(waitUntil { monitor.health.sinks[0].delivered == produced })
        #expect(await monitor.flush(timeout: .milliseconds(500)) == false)
        let during = monitor.health
        #expect(during.produced == produced)
        #expect(during.sinks.count == 2)
        #expect(during.sinks[0].name == "journal violations.jsonl")
        #expect(during.sinks[1].name.hasPrefix("webhook 127.0.0.1"))
        #expect(during.sinks[0].delivered == produced)
        #expect(during.sinks[1].delivered == 0)
        #expect(during.sinks[1].pending > 0)
        #expect(waitUntil { server.accepted >= 1 })

        let start = ContinuousClock.now
        #expect(await monitor.shutdown(deadline: .seconds(2)) == false)
        #expect(ContinuousClock.now - start < .seconds(4))
        let after = monitor.health
        let webhook = after.sinks[1]
        #expect(webhook.delivered == 0)
        #expect(webhook.produced == webhook.delivered + webhook.droppedTotal + webhook.pending)
        switch delivery {
        case .fromMemory:
            #expect(webhook.pending == 0)
            #expect(webhook.dropped[.shuttingDown, default: 0] > 0)
            #expect("\(webhook)".contains("shuttingDown"))
        case .fromJournal:
            #expect(webhook.produced == produced)
            #expect(webhook.pending == produced)  // still in the journal, for the next run
            #expect(webhook.droppedTotal == 0)
        }
        #expect(after.sinks[0].delivered == produced)
        #expect(after.recorded + after.droppedTotal + after.pending == produced)
        #expect(try JournalReader(journalAt: scratch.journal).records().count == produced)
    }

    /// A throwing sink, a blocked sink and a working one, fed in bursts smaller than a lane: the blocked
    /// sink's lane fills up and drops, the others lose nothing to it; each lane counts its own records, the
    /// counts add up per sink and for the monitor, and `beforeRecord` ran once per record, not per sink.
    @Test func everyLaneAccountsForEveryRecord() async {
        let failing = FailingSink()
        let gated = GatedSink()
        let memory = MemorySink()
        let hookCalls = Atomic<Int>(0)
        let monitor = InvariantMonitor(
            sinks: [failing, gated, memory], bufferCapacity: 64,
            beforeRecord: { _ in
                hookCalls.add(1, ordering: .relaxed)
                return true
            })
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        #expect(gated.waitUntilEntered())
        let bursts = 30
        for burst in 1...bursts {
            for _ in 0..<10 { _ = quote(sampleBasket) }
            let expected = 2 + burst * 20
            #expect(waitUntil { memory.records.count == expected && monitor.health.sinks[0].pending == 0 })
        }
        let produced = 2 + bursts * 20

        func expectBalanced(_ health: ReporterHealth) {
            #expect(health.produced == produced)
            #expect(health.recorded + health.droppedTotal + health.pending == health.produced)
            for sink in health.sinks {
                #expect(sink.produced == produced, "\(sink)")
                #expect(sink.delivered + sink.droppedTotal + sink.pending == sink.produced, "\(sink)")
            }
        }
        let during = monitor.health
        expectBalanced(during)
        #expect(during.sinks[1].pending <= 64)
        #expect(during.sinks[1].dropped[.queueFull, default: 0] >= produced - 64)
        #expect(during.sinks[2].delivered == produced)

        gated.openGate()
        #expect(await monitor.flush())
        let after = monitor.health
        expectBalanced(after)
        #expect(after.pending == 0)
        #expect(after.recorded == 0)  // the failing sink never delivered
        #expect(after.dropped[.sinkError, default: 0] + after.dropped[.queueFull, default: 0] == produced)
        #expect(after.sinks[0].dropped[.sinkError] == produced)
        #expect(after.sinks[0].lastError?.contains("Broken") == true)
        #expect(after.sinks[1].delivered == gated.receivedCount)
        #expect(after.sinks[2].delivered == produced)
        #expect(after.sinks[2].droppedTotal == 0)
        #expect(hookCalls.load(ordering: .relaxed) == produced)
        #expect(await monitor.shutdown() == false)  // a sink failed
    }

    /// After `shutdown(deadline:)` returns, no sink is called again, even the one that was hanging.
    @Test func noSinkIsCalledAfterShutdownReturns() async {
        let hanging = CallCountingGatedSink()
        let monitor = InvariantMonitor(sinks: [hanging])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        #expect(hanging.gate.waitUntilEntered())
        for _ in 0..<10 { _ = quote(sampleBasket) }
        #expect(await monitor.shutdown(deadline: .milliseconds(300)) == false)
        let health = monitor.health
        #expect(health.sinks[0].dropped[.shuttingDown] == 22)
        #expect(health.dropped[.shuttingDown] == 22)
        #expect(health.pending == 0)
        hanging.gate.openGate()
        #expect(hanging.waitUntilReturned())
        // The lane checks, right after the call returns, that it was abandoned; give it ample time to err.
        try? await Task.sleep(for: .milliseconds(200))
        #expect(hanging.calls == 1)
        #expect(hanging.closed == false)
        #expect(monitor.health.sinks[0].delivered == 0)  // the late return is not counted twice
    }

    /// A journal that cannot be opened is an error at startup with `try .journal(opening:)`; with the
    /// non-throwing `.journal(at:)` the monitor says so in health and `shutdown` returns `false`.
    @Test func aJournalThatCannotBeOpenedIsLoud() async throws {
        let scratch = try ScratchDirectory()
        let blocker = scratch.file("not-a-directory")
        try Data("x".utf8).write(to: blocker)
        let journal = blocker.appendingPathComponent("violations.jsonl")
        let error = #expect(throws: JournalError.self) { try JournalSink(opening: journal) }
        #expect(error?.description.contains(blocker.path) == true)
        #expect(error?.reason.isEmpty == false)

        let monitor = InvariantMonitor(sinks: [.journal(at: journal), MemorySink()])
        let opened = monitor.health.sinks[0]
        #expect(opened.lastError?.contains(blocker.path) == true)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.flush()
        let health = monitor.health
        #expect(health.sinks[0].dropped[.sinkError] == 2)
        #expect(health.sinks[1].delivered == 2)
        #expect(await monitor.shutdown() == false)
    }

    /// A burst of 10,000 small failing calls, while the sink holds the first one, fits within the default
    /// `bufferCapacity` and memory limit: each waiting call counts what it holds, not a flat 4 KiB.
    @Test func aBurstOfSmallRecordsWithinTheCapacityDropsNothing() async {
        let rules = InvariantSet<Int, Int>("small") {
            Invariant("positive") { _, output in output > 0 }
        }
        let gated = GatedSink()
        let monitor = InvariantMonitor(sinks: [gated])
        let negate = monitor.guarded(rules) { (value: Int) in -value }
        _ = negate(1)
        #expect(gated.waitUntilEntered())
        for value in 2...10_000 { _ = negate(value) }
        let during = monitor.health
        #expect(during.produced == 10_000)
        #expect(during.droppedTotal == 0)
        gated.openGate()
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(monitor.health.recorded == 10_000)
        #expect(gated.receivedCount == 10_000)
        await monitor.shutdown()
    }
}

/// Polls `condition` until it holds or `timeout` passes; `true` if it held.
func waitUntil(timeout: Duration = .seconds(30), _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        if ContinuousClock.now > deadline { return false }
        Thread.sleep(forTimeInterval: 0.002)
    }
    return true
}

/// A ``GatedSink`` that also counts its calls and whether it was closed.
final class CallCountingGatedSink: ViolationSink, @unchecked Sendable {
    let gate = GatedSink()
    private let state = Mutex<(calls: Int, returned: Int, closed: Bool)>((0, 0, false))

    func record(_ batch: [ViolationRecord]) throws {
        state.withLock { $0.calls += 1 }
        try gate.record(batch)
        state.withLock { $0.returned += 1 }
    }

    func close() throws { state.withLock { $0.closed = true } }

    var calls: Int { state.withLock { $0.calls } }
    var closed: Bool { state.withLock { $0.closed } }

    /// Waits until a call returned (or 30 s passed).
    func waitUntilReturned() -> Bool {
        waitUntil { state.withLock { $0.returned } > 0 }
    }
}
