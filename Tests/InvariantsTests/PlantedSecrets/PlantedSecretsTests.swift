import Foundation
import Invariants
import Testing

/// The fuzz-style leak test: over 300 distinct secrets planted in every shape the redaction knows, across
/// inputs, outputs, rule messages, rule errors and context tags, of calls whose values are captured on the
/// reporter's queue (Sendable) and on the caller's (not Sendable). The records go through the journal,
/// the console sink's lines, a webhook sink, an OTLP sink and an alert webhook, the last three to a real
/// HTTP server on 127.0.0.1; no planted byte sequence may appear in anything they wrote.
struct PlantedSecretsTests {
    struct Payload: Codable, Sendable {
        var fields: [String: String] = [:]
        var notes: [String] = []
        var pairs: [[String: String]] = []
        var headers: [[String]] = []
        var amounts: [Int] = []
        var marker = "visible-marker"
    }

    /// Not Encodable (captured as its description) and not Sendable (captured on the caller's thread).
    struct TextPayload {
        var headers: [(String, String)] = []
        var notes: [String] = []
        let notSendable = NSMutableString(string: "")
    }

    struct PlantedError: Error, CustomStringConvertible {
        var description: String
    }

    /// One call's worth of planted secrets.
    struct Call {
        var input = Payload()
        var output = Payload()
        var message = ""
        var error = ""
        var tags: [String: String] = [:]
        var text = TextPayload()
    }

    private static func plantedCalls(_ planted: inout PlantedSecrets) -> [Call] {
        var calls = (0..<4).map { _ in Call() }
        for (index, key) in PlantedSecrets.keys.enumerated() {
            calls[index % 4].input.fields[key] = planted.token()
            calls[index % 4].output.fields[key] = planted.token()
            calls[index % 4].tags[key] = planted.token()
            calls[index % 4].input.pairs.append(["key": key, "value": planted.token()])
            calls[index % 4].output.headers.append([key, planted.token()])
        }
        for (index, shape) in PlantedSecrets.textShapes.enumerated() {
            let call = index % 4
            calls[call].input.notes.append(shape(planted.token()))
            calls[call].output.notes.append(shape(planted.token()))
            calls[call].message += " " + shape(planted.token()) + "\n"
            calls[call].error += " " + shape(planted.token()) + "\n"
            calls[call].tags["note\(index)"] = shape(planted.token())
            calls[call].text.notes.append(shape(planted.token()))
            calls[call].text.headers.append(("Authorization", "Bearer \(planted.token())"))
        }
        for index in 0..<8 {
            let call = index % 4
            let card = planted.plant(PlantedSecrets.cardNumber(index))
            calls[call].input.notes.append("paid with \(card)")
            calls[call].output.amounts.append(Int(card)!)
            let spaced = planted.plant(PlantedSecrets.cardNumber(100 + index))
            calls[call].message +=
                " card "
                + stride(from: 0, to: 16, by: 4).map { offset in
                    String(spaced.dropFirst(offset).prefix(4))
                }.joined(separator: " ")
            calls[call].input.notes.append("ssn \(planted.plant(PlantedSecrets.ssn(index)))")
            calls[call].error += " ssn \(planted.plant(PlantedSecrets.ssn(50 + index)))"
        }
        return calls
    }

    @Test func noPlantedSecretReachesAnySinkOrAlert() async throws {
        var planted = PlantedSecrets()
        let calls = Self.plantedCalls(&planted)
        #expect(planted.tokens.count >= 300)
        #expect(Set(planted.tokens).count == planted.tokens.count)

        let scratch = try ScratchDirectory()
        let server = try LocalHookServer()
        defer { server.stop() }
        let memory = MemorySink()
        let monitor = InvariantMonitor(
            sinks: [
                .journal(at: scratch.journal), memory, .webhook(server.url("/webhook"), attempts: 1),
                .otlp(endpoint: server.url("/otlp"), serviceName: "planted", attempts: 1),
            ],
            alerts: [
                .count(1, within: .seconds(60), notify: .webhook(server.url("/alert"), attempts: 1)),
                .newFingerprint(notify: .webhook(server.url("/alert"), attempts: 1)),
            ]
        )
        let structured = InvariantSet<Call, Payload>("planted.structured") {
            Invariant("message-holds-secrets", message: { call, _ in call.message }) { _, _ in false }
            Invariant("rule-throws-secrets") { call, _ in throw PlantedError(description: call.error) }
        }
        let text = InvariantSet<TextPayload, TextPayload>("planted.text") {
            Invariant("text-holds-secrets", message: { input, _ in input.notes.joined(separator: "; ") }) { _, _ in
                false
            }
        }
        let guardedStructured = monitor.guarded(structured) { (call: Call) in call.output }
        let guardedText = monitor.guarded(text) { (input: TextPayload) in input }
        for call in calls {
            withInvariantContext(requestID: "req-visible", tenant: "tenant-visible", tags: call.tags) {
                #expect(guardedStructured(call).marker == "visible-marker")
                _ = guardedText(call.text)
            }
        }
        #expect(await monitor.shutdown())

        var written: [(place: String, text: String)] = []
        for name in try scratch.names() {
            written.append(("journal \(name)", try String(contentsOf: scratch.file(name), encoding: .utf8)))
        }
        let records = memory.records
        #expect(records.count == calls.count * 3)
        written += records.map { ("console", ConsoleSink.oneLine(for: $0)) }
        let alerts = try await Self.requests(to: "/alert", on: server, atLeast: 1)
        written += try server.requests().map { ("POST \($0.path)", $0.body) }

        // Delivered, and carrying what is not secret: the test would prove nothing on empty output.
        // The remote sinks ship from the journal and keep their cursors beside it (`….offset`): scanned, not counted.
        let journal = written.filter { $0.place.hasPrefix("journal") && !$0.place.hasSuffix(".offset") }.map(\.text)
            .joined()
        #expect(journal.split(separator: "\n").count == calls.count * 3)
        #expect(journal.contains("visible-marker") && journal.contains("req-visible"))
        #expect(try server.requests().contains { $0.path == "/webhook" && $0.body.contains("tenant-visible") })
        #expect(try server.requests().contains { $0.path.hasPrefix("/otlp") && $0.body.contains("planted.text") })
        #expect(!alerts.isEmpty)
        #expect(records.contains { $0.context.tags["password"] == Redaction.placeholder })

        var leaks: [String] = []
        for token in planted.tokens {
            for (place, text) in written where text.contains(token) {
                leaks.append("\(token) in \(place)")
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) leaks:\n\(leaks.prefix(20).joined(separator: "\n"))")
    }

    /// The requests to `path` once at least `count` arrived (alerts are delivered on their own queue), or
    /// what arrived within ten seconds.
    private static func requests(
        to path: String, on server: LocalHookServer, atLeast count: Int
    ) async throws -> [LocalHookServer.Request] {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let matching = try server.requests().filter { $0.path == path }
            if matching.count >= count || ContinuousClock.now > deadline { return matching }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
