import Foundation
import Invariants
import Testing

/// The code of Docs/RunningInProduction.md, compiled and run (DocSnippetTests checks each block is here verbatim),
/// on the pricing types of GettingStarted (GettingStartedPricing.swift). The four blocks whose journals are under
/// /var/lib or the working directory, or that send to a webhook or an OTLP collector, are compiled but not run
/// (a journal sink creates its file when it is made); the others run on temporary files and in-memory sinks. The alert-testing block is run by
/// InvariantsTestingTests/DocSnippets/AlertTestingGuideTests.swift.
struct RunningInProductionGuideTests {
    struct Request {
        var id: String
        var tenant: String
    }

    struct Span {
        var traceID: String
    }

    /// A stand-in for the service's metrics client.
    struct Metrics: Sendable {
        func increment(_ name: String) {}
    }

    /// A taxable cart: it breaks no rule of `quoteRules`, so a monitor records nothing for it.
    static let cart = Cart(lines: [Line(sku: "pen", unitPrice: 1.5, quantity: 2)], currency: "EUR", taxExempt: false)
    static let exempt = Cart(lines: [Line(sku: "pen", unitPrice: 1.5, quantity: 2)], currency: "EUR", taxExempt: true)

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("production-guide-\(UUID().uuidString)")
    }

    @Test func theContextReachesTheRecordInSyncAndAsyncCode() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)
        let quote = monitor.guarded(quoteRules) { cart in PricingEngine.quote(cart) }
        let quoteAsync = monitor.guarded(quoteRules) { (cart: Cart) async throws -> Quote in PricingEngine.quote(cart) }
        let request = Request(id: "req-7", tenant: "acme")
        let span = Span(traceID: "4bf92f3577b34da6a3ce929d0e0e4736")
        let cart = Self.exempt

        let q = withInvariantContext(requestID: request.id, tenant: request.tenant, tags: ["region": "eu-west-1"]) {
            quote(cart)
        }
        let asyncQ = try await withInvariantContext(traceID: span.traceID) {  // async code; child tasks inherit it
            try await quoteAsync(cart)
        }

        #expect(q == asyncQ)
        #expect(await monitor.shutdown())
        let records = memory.records
        try #require(records.count == 2)
        #expect(records[0].context.requestID == "req-7" && records[0].context.tenant == "acme")
        #expect(records[0].context.tags["region"] == "eu-west-1")
        #expect(records[1].context.traceID == span.traceID)
    }

    @Test func policiesEnforceOrFallBack() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)
        let cart = Self.exempt

        let strict = InvariantMonitor(policy: .enforce(atLeast: .critical))
        let strictGuard = strict.guard(quoteRules)
        do {
            _ = try strictGuard(cart) { cart throws in PricingEngine.quote(cart) }
        } catch let error as InvariantViolationError {
            print(error.violations.map(\.invariantID), error.eventIDs)
        }

        let safeGuard = monitor.guard(
            quoteRules,
            policy: .fallback(atLeast: .error),
            fallback: { cart, _ in Quote(total: 0, tax: 0, currency: cart.currency, lineTotals: []) }
        )
        let safe = safeGuard(cart) { PricingEngine.quote($0) }

        // The engine's bug (tax on an exempt cart) is an error, not critical: the strict guard lets it through.
        #expect(throws: Never.self) { try strictGuard(cart) { cart throws in PricingEngine.quote(cart) } }
        #expect(safe == Quote(total: 0, tax: 0, currency: "EUR", lineTotals: []))
        #expect(safeGuard(Self.cart) { PricingEngine.quote($0) } == PricingEngine.quote(Self.cart))
        #expect(await monitor.shutdown())
        #expect(await strict.shutdown())
    }

    /// Only compiled: a journal sink opens (and creates) its file when it is made.
    static func aConfiguredJournalSink() -> JournalSink {
        let sink: JournalSink = .journal(
            at: URL(filePath: "/var/lib/pricing/invariants/violations.jsonl"),
            rotation: JournalRotation(maxBytes: 8 << 20, maxFiles: 3),
            durability: .interval(.seconds(1))
        )
        return sink
    }

    @Test func readingAJournalNamesItsCorruptLines() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("violations.jsonl")
        let monitor = InvariantMonitor(sinks: [.journal(at: url)], ruleHealth: false)
        let quote = monitor.guarded(quoteRules) { cart in PricingEngine.quote(cart) }
        _ = quote(Self.exempt)
        #expect(await monitor.shutdown())
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{not json\n".utf8))
        try handle.close()

        let reader = try JournalReader(journalAt: url)  // violations.2.jsonl, violations.1.jsonl, violations.jsonl
        try reader.forEach { entry in
            switch entry {
            case .record(let record, _): print(record.invariantID, record.adjustedCount)
            case .corrupt(let location, let reason): print("\(location): \(reason)")  // "violations.jsonl:17: …"
            }
        }
        let records = try reader.records()  // skips corrupt lines

        #expect(records.map(\.invariantID) == ["pricing.quote/exempt-pays-no-tax"])
        var corrupt: [String] = []
        try reader.forEach { entry in
            if case .corrupt(let location, _) = entry { corrupt.append("\(location)") }
        }
        #expect(corrupt == ["violations.jsonl:2"])
    }

    /// Only compiled: running it would send records to a webhook and an OTLP collector beyond loopback.
    static func sinksAndBeforeRecord(memory: MemorySink, metrics: Metrics) -> InvariantMonitor {
        let monitor = InvariantMonitor(
            sinks: [
                .journal(at: URL(filePath: "invariants/violations.jsonl")),
                .webhook(URL(string: "https://ingest.example/violations")!, headers: ["Authorization": "Bearer …"]),
                .otlp(endpoint: URL(string: "http://otel-collector:4318")!, serviceName: "pricing-api"),
                .closure { record in metrics.increment(record.invariantID) },
                .multiplex([.console, memory]),
            ],
            beforeRecord: { record in
                if record.context.tenant == "load-test" { return false }  // vetoed, counted as .vetoed
                record.tags.append("eu")
                return true
            }
        )
        return monitor
    }

    @Test func beforeRecordVetoesAndTagsRecords() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(
            sinks: [memory], ruleHealth: false,
            beforeRecord: { record in
                if record.context.tenant == "load-test" { return false }  // vetoed, counted as .vetoed
                record.tags.append("eu")
                return true
            })
        let quote = monitor.guarded(quoteRules) { cart in PricingEngine.quote(cart) }
        _ = withInvariantContext(tenant: "load-test") { quote(Self.exempt) }
        _ = withInvariantContext(tenant: "acme") { quote(Self.exempt) }
        #expect(await monitor.shutdown())
        #expect(memory.records.map(\.context.tenant) == ["acme"])
        #expect(memory.records.first?.tags.contains("eu") == true)
    }

    @Test func redactionFiltersKeysPathsAndText() async {
        let redaction = Redaction.default
            .addingKeys("email", "date_of_birth")  // also catches customerEmail, dateOfBirth
            .addingPaths("lines[].note", "customer.address")  // from the root of the captured value; [] = every element
            .adding(\Cart.currency)  // key paths of stored properties
        let monitor = InvariantMonitor(redaction: redaction, snapshotByteLimit: 8_192)
        let redacted = Redaction.default.redact(text: "paid with 4111-1111-1111-1111, token=abc123")
        // "paid with [Filtered], token=[Filtered]"

        #expect(redacted == "paid with [Filtered], token=[Filtered]")
        let value = try? JSONValue.encoding(Self.cart)
        let filtered = value.map { redaction.redact($0) }
        #expect(filtered.map { "\($0)" }?.contains("[Filtered]") == true)
        #expect(await monitor.shutdown())
    }

    @Test func reporterHealthListsEverySinksLane() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)
        let quote = monitor.guarded(quoteRules) { cart in PricingEngine.quote(cart) }
        for _ in 0..<3 { _ = quote(Self.exempt) }
        #expect(await monitor.flush())

        for sink in monitor.health.sinks { print(sink) }
        // journal violations.jsonl: produced 6000, delivered 6000, dropped 0, pending 0
        // webhook ingest.example (from the journal): produced 6000, delivered 0, dropped 0, pending 6000, last error: …

        let lanes = monitor.health.sinks
        #expect(lanes.count == 1)
        #expect(lanes.first.map { $0.produced == $0.delivered && $0.pending == 0 } == true)
        #expect(lanes.first?.delivered == memory.records.count && memory.records.count >= 3)
        #expect(await monitor.shutdown())
    }

    @Test func ruleHealthCountsEvaluations() async {
        let monitor = InvariantMonitor(sinks: [], ruleHealth: true)
        let quote = monitor.guarded(quoteRules) { cart in PricingEngine.quote(cart) }

        for _ in 0..<3 { _ = quote(Self.cart) }

        let before = monitor.ruleHealth
        // … an hour of traffic …
        for rule in RuleHealth.window(monitor.ruleHealth, since: before) where rule.evaluated == 0 {
            print("\(rule.invariantID) was not evaluated")
        }
        let lines = monitor.ruleHealth.map(\.description)
        // ["pricing.quote/tax-non-negative: 1200 evaluated, 1198 passed, 2 failed, 0 errored", …]

        #expect(lines.contains("pricing.quote/tax-non-negative: 3 evaluated, 3 passed, 0 failed, 0 errored"))
        let window = RuleHealth.window(monitor.ruleHealth, since: before)
        #expect(!window.isEmpty && window.allSatisfy { $0.evaluated == 0 }, "no traffic since `before`")
        let exemptRule = monitor.ruleHealth.first { $0.invariantID == "pricing.quote/exempt-pays-no-tax" }
        #expect(exemptRule?.evaluated == 0, "the When was false on every call")
        #expect(await monitor.shutdown())
    }

    @Test func anOriginReadFromASidecar() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sidecarURL = directory.appendingPathComponent("PricingEngine.ai-trace.json")
        try Data(
            """
            {"model": "assistant-model-id", "promptVersion": "v3", "promptHash": "sha256:ab12cd34ef56",
             "generatedAt": "2026-11-20T10:00:00Z", "reviewedBy": "dana", "commit": "1a2b3c4"}
            """.utf8
        ).write(to: sidecarURL)
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)

        let origin = try CodeOrigin(sidecar: sidecarURL)  // Sources/Pricing/PricingEngine.ai-trace.json
        let quoteGuard = monitor.guard(quoteRules, origin: origin)

        _ = quoteGuard(Self.exempt) { PricingEngine.quote($0) }
        #expect(await monitor.shutdown())
        #expect(memory.records.first?.origin == origin)
        #expect(origin.author == .generated && origin.model == "assistant-model-id" && origin.reviewedBy == "dana")
    }
}

/// The guide's first block, at file scope so its lines fit as written. Compiled, not run: the monitor opens
/// its journal under /var/lib when it starts.
func runningInProductionFirstBlock(cart: Cart) async -> Quote {
    let request = RunningInProductionGuideTests.Request(id: "req-1", tenant: "acme")

    let monitor = InvariantMonitor(
        sampler: .ratio(0.05).always(for: .critical),
        sinks: [.journal(at: URL(filePath: "/var/lib/pricing/invariants/violations.jsonl")), .console],
        alerts: [.count(5, within: .seconds(60), notify: .webhook(URL(string: "https://alerts.example/hook")!))],
        policy: .observe
    )
    let quoteGuard = monitor.guard(quoteRules, origin: .generated(by: "assistant-model-id", prompt: "sha256:9f2c41d7"))
    let q = withInvariantContext(requestID: request.id, tenant: request.tenant) {
        quoteGuard(cart) { PricingEngine.quote($0) }
    }
    // at exit:
    await monitor.shutdown()

    return q
}

/// The guide's alert rules, at file scope so its lines fit as written. Compiled, not run: the monitor opens
/// invariants/violations.jsonl in the working directory when it starts.
func runningInProductionAlertRules() -> InvariantMonitor {
    let hook = URL(string: "https://alerts.example/hook")!
    let monitor = InvariantMonitor(
        sampler: .ratio(0.05).always(for: .critical),
        sinks: [.journal(at: URL(filePath: "invariants/violations.jsonl"))],
        alerts: [
            .count(5, within: .seconds(60), notify: .webhook(hook)),
            .count(
                1, within: .seconds(300), groupBy: [.rule, .origin], notify: [.console], cooldown: .seconds(600)
            )
            .named("any violation, per model"),
            .rate(above: 0.01, for: .seconds(120), keepFiringFor: .seconds(300), notify: .console),
            .newFingerprint(notify: .webhook(hook)),
            .regression(notify: [.console, .closure { alert in print(alert.summary) }]),
        ]
    )
    return monitor
}
