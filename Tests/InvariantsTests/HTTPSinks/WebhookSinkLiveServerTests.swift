import Foundation
import Invariants
import Testing

/// The webhook sink against a real HTTP server on 127.0.0.1 (see ``LocalHookServer``).
struct WebhookSinkLiveServerTests {
    // Value snapshots only: a text-only Snapshot currently decodes with `value == .null` (the `nil` in
    // Snapshot+Codable's ternary becomes JSONValue's nil literal), so it would not decode back equal.
    let records = (1...3).map {
        httpSinkRecord(
            eventID: "3f2a000000000000000000000000000\($0)", output: Snapshot(value: .object(["tax": .number("-0.01")]))
        )
    }

    @Test func postsEachChunkAsJSONThatDecodesBackToTheRecords() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let sink = WebhookSink.webhook(server.url("/ingest"), headers: ["Authorization": "Bearer t0k"], maxBatch: 2)
        try sink.record(records)
        let requests = try server.requests()
        #expect(requests.map(\.path) == ["/ingest", "/ingest"])
        #expect(requests.map(\.contentType) == ["application/json", "application/json"])
        #expect(try server.arrivals().map { $0.headers["authorization"] } == ["Bearer t0k", "Bearer t0k"])
        #expect(
            requests.map(\.body) == [
                String(decoding: try WebhookSink.payload(for: Array(records[0..<2])), as: UTF8.self),
                String(decoding: try WebhookSink.payload(for: [records[2]]), as: UTF8.self),
            ])
        #expect(try requests.flatMap { try decodedRecords($0.body) } == records)
    }

    @Test func waitsForRetryAfterOn429ThenDelivers() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let sink = WebhookSink.webhook(
            server.url("/seq/429~1,200"), attempts: 3, backoff: .milliseconds(1), maxRetryAfter: .seconds(5),
            deadline: .seconds(10))
        try sink.record([records[0]])
        let arrivals = try server.arrivals()
        #expect(arrivals.count == 2)
        #expect(arrivals.count == 2 && arrivals[1].time - arrivals[0].time >= 0.9)
        #expect(try server.requests().map { try decodedRecords($0.body) } == [[records[0]], [records[0]]])
    }

    @Test func capsALongRetryAfterAtTheConfiguredMaximum() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let sink = WebhookSink.webhook(
            server.url("/seq/503~3600,200"), backoff: .milliseconds(1), maxRetryAfter: .seconds(1),
            deadline: .seconds(10))
        let start = ContinuousClock.now
        try sink.record([records[0]])
        #expect(seconds(since: start) < 5)
        let arrivals = try server.arrivals()
        #expect(arrivals.count == 2)
        #expect(arrivals.count == 2 && arrivals[1].time - arrivals[0].time >= 0.9)
    }

    @Test func givesUpAtOnceWhenRetryAfterWouldPassTheDeadline() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let url = server.url("/seq/503~30")
        let sink = WebhookSink.webhook(url, maxRetryAfter: .seconds(60), deadline: .seconds(2))
        let start = ContinuousClock.now
        #expect(throws: HTTPPostError(url: url, failures: [.status(503)], attempts: 3, stop: .deadlineReached)) {
            try sink.record([records[0]])
        }
        #expect(seconds(since: start) < 1)
        #expect(try server.arrivals().count == 1)
    }

    @Test func aFailingEndpointFailsAfterEveryAttemptWithinTheDeadline() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let url = server.url("/fail")
        let sink = WebhookSink.webhook(url, attempts: 3, backoff: .milliseconds(50), deadline: .seconds(5))
        let start = ContinuousClock.now
        let error = #expect(throws: HTTPPostError.self) { try sink.record(records) }
        #expect(seconds(since: start) < 5)
        #expect(
            error
                == HTTPPostError(
                    url: url, failures: Array(repeating: .status(500), count: 3), attempts: 3, stop: .attemptsExhausted)
        )
        #expect(
            error?.description == "POST \(url.absoluteString): HTTP 500; HTTP 500; HTTP 500 (3 of 3 attempts)")
        // The first chunk failed, so the later ones were not tried.
        #expect(try server.requests().map(\.path) == ["/fail", "/fail", "/fail"])
    }

    @Test func aSlowEndpointTimesOutWithinTheDeadline() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let sink = WebhookSink.webhook(
            server.url("/seq/200+5"), timeout: .milliseconds(400), attempts: 10, backoff: .zero,
            deadline: .seconds(1))
        let start = ContinuousClock.now
        let error = #expect(throws: HTTPPostError.self) { try sink.record([records[0]]) }
        #expect(seconds(since: start) < 2)
        #expect(error?.stop == .deadlineReached)
        #expect(error.map { !$0.failures.isEmpty && $0.failures.allSatisfy { $0 == .timedOut } } == true)
    }

    @Test func aStatusRetryingCannotFixIsNotRetried() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let url = server.url("/seq/401")
        #expect(throws: HTTPPostError(url: url, failures: [.status(401)], attempts: 3, stop: .notRetryable)) {
            try WebhookSink.webhook(url).record([records[0]])
        }
        #expect(try server.arrivals().count == 1)
    }

    @Test func aPortNobodyListensOnFailsFast() throws {
        let sink = WebhookSink.webhook(
            URL(string: "http://127.0.0.1:1/ingest")!, attempts: 3, backoff: .milliseconds(10), deadline: .seconds(10))
        let start = ContinuousClock.now
        let error = #expect(throws: HTTPPostError.self) { try sink.record([records[0]]) }
        #expect(seconds(since: start) < 2)
        #expect(error?.stop == .attemptsExhausted)
        #expect(error?.failures.count == 3)
        #expect(error.map { $0.failures.allSatisfy { if case .transport = $0 { true } else { false } } } == true)
    }

    @Test func aDeadEndpointCountsTheBatchAsDroppedByTheMonitor() async {
        let monitor = InvariantMonitor(sinks: [
            .webhook(URL(string: "http://127.0.0.1:1/ingest")!, attempts: 2, backoff: .milliseconds(1))
        ])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        #expect(quote(sampleBasket) == Pricing.buggyQuote(sampleBasket))
        await monitor.flush()
        #expect(monitor.health.produced == 2)
        #expect(monitor.health.dropped[.sinkError] == 2)
    }
}
