import Foundation
import Invariants
import Testing

struct MonitorTests {
    @Test func observeReturnsTheWrappedOutputAndRecordsEachViolation() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .observe)
        let quote = monitor.guarded(quoteRules, origin: .generated(by: "model-x", prompt: "sha256:abc")) { cart in
            Pricing.buggyQuote(cart)
        }
        #expect(quote(sampleBasket) == Pricing.buggyQuote(sampleBasket))
        #expect(await monitor.flush())
        #expect(memory.invariantIDs == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        let record = try #require(memory.records(for: "pricing.quote/tax-non-negative").first)
        #expect(record.message == "\\Quote.tax was -6.2")
        #expect(record.origin.model == "model-x")
        #expect(record.callSite.fileID.hasSuffix("MonitorTests.swift"))
        #expect(record.samplingRate == 1)
        #expect(record.eventID.count == 32)
        #expect(monitor.health.produced == 2)
        #expect(monitor.health.recorded == 2)
        await monitor.shutdown()
    }

    @Test func aPassingCallRecordsNothing() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.quote($0) }
        for _ in 0..<10 { _ = quote(sampleBasket) }
        await monitor.flush()
        #expect(memory.records.isEmpty)
        #expect(monitor.health.produced == 0)
    }

    @Test func enforceThrowsTheViolationsWithTheirEventIDs() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .enforce)
        let quote = monitor.guarded(quoteRules) { cart throws in Pricing.buggyQuote(cart) }
        let error = try #require(throws: InvariantViolationError.self) { try quote(sampleBasket) }
        #expect(error.violations.map(\.ruleID) == ["total-covers-lines", "tax-non-negative"])
        await monitor.flush()
        #expect(error.eventIDs == memory.records.map(\.eventID))
        #expect(try quote(Basket(lines: [])) == Pricing.quote(Basket(lines: [])))
    }

    @Test func enforcementCanDependOnSeverity() throws {
        let monitor = InvariantMonitor(sinks: [], policy: .enforce(atLeast: .critical))
        let quote = monitor.guarded(quoteRules) { cart throws in Pricing.buggyQuote(cart) }
        #expect(throws: InvariantViolationError.self) { try quote(sampleBasket) }
        var exempt = sampleBasket
        exempt.taxExempt = true
        // Only the warning-level exemption rule fails here: observed, not enforced.
        #expect(try quote(exempt) == Pricing.buggyQuote(exempt))
        #expect(monitor.policy.description == "info=observe warning=observe error=observe critical=enforce")
    }

    @Test func fallbackReplacesAWrongOutput() {
        let monitor = InvariantMonitor(sinks: [], policy: .fallback)
        let declined = Quote(total: 0, tax: 0, currency: "EUR", lineTotals: [])
        let quote = monitor.guarded(
            quoteRules,
            fallback: { _, violations in
                #expect(violations.count == 2)
                return declined
            }
        ) { Pricing.buggyQuote($0) }
        #expect(quote(sampleBasket) == declined)
        #expect(quote(Basket(lines: [])) == Pricing.quote(Basket(lines: [])))
    }

    @Test func errorsOfTheWrappedFunctionPropagateUnchangedAndAreNotViolations() async {
        struct OutOfStock: Error, Equatable {}
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .enforce)
        let quote = monitor.guarded(quoteRules) { (_: Basket) throws -> Quote in throw OutOfStock() }
        #expect(throws: OutOfStock()) { try quote(sampleBasket) }
        await monitor.flush()
        #expect(memory.records.isEmpty)
    }

    @Test func asyncFunctionsAreGuardedTheSameWay() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quote = monitor.guarded(quoteRules) { cart async throws in
            await Task.yield()
            return Pricing.buggyQuote(cart)
        }
        let result = try await quote(sampleBasket)
        #expect(result == Pricing.buggyQuote(sampleBasket))
        await monitor.flush()
        #expect(memory.records.count == 2)
    }

    @Test func aBrokenSinkOrThrowingRuleNeverChangesWhatObserveReturns() async {
        let rules = InvariantSet<Basket, Quote>("pricing.fragile") {
            Invariant("throws") { _, _ in throw RuleFailedOnPurpose() }
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        }
        let monitor = InvariantMonitor(sinks: [FailingSink()], policy: .observe)
        let quote = monitor.guarded(rules) { Pricing.buggyQuote($0) }
        #expect(quote(sampleBasket) == Pricing.buggyQuote(sampleBasket))
        await monitor.flush()
        let health = monitor.health
        #expect(health.produced == 2)
        #expect(health.dropped[.sinkError] == 2)
        #expect(health.recorded + health.droppedTotal + health.pending == health.produced)
    }

    @Test func ruleErrorsAreRecordedButNeverEnforced() async throws {
        let rules = InvariantSet<Basket, Quote>("pricing.lookup") {
            Invariant("table", severity: .critical) { _, _ in throw RuleFailedOnPurpose() }
        }
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .enforce)
        let quote = monitor.guarded(rules) { cart throws in Pricing.quote(cart) }
        #expect(try quote(sampleBasket) == Pricing.quote(sampleBasket))
        await monitor.flush()
        #expect(memory.records.map(\.ruleError) == ["lookup table unavailable"])
    }

    @Test func checkRecordsCodeThatCannotBeWrapped() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let outcome = monitor.check(
            quoteRules, input: sampleBasket, output: Pricing.buggyQuote(sampleBasket), origin: .human())
        #expect(outcome.violations.count == 2)
        await monitor.flush()
        #expect(memory.records.map(\.origin.author) == [.human, .human])
    }

    @Test func neverSamplerChecksNothing() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sampler: .never, sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        #expect(monitor.check(quoteRules, input: sampleBasket, output: Pricing.buggyQuote(sampleBasket)).hasPassed)
        await monitor.flush()
        #expect(memory.records.isEmpty)
    }

    @Test func recordsCarryTheTaskLocalContext() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        withInvariantContext(requestID: "req-42", tenant: "acme") {
            _ = quote(sampleBasket)
        }
        await monitor.flush()
        let record = try #require(memory.records.first)
        #expect(record.context.requestID == "req-42")
        #expect(record.context.tenant == "acme")
    }

    @Test func noSecretOfTheInputReachesAnEncodedRecord() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        var cart = sampleBasket
        cart.couponCode = "card 4111 1111 1111 1111"
        _ = quote(cart)
        await monitor.flush()
        let encoded = String(decoding: try JSONEncoder().encode(memory.records), as: UTF8.self)
        #expect(!encoded.contains("tok_live_SECRET123"))
        #expect(!encoded.contains("4111 1111 1111 1111"))
        #expect(encoded.contains("[Filtered]"))
        #expect(memory.records.first?.input.redactedPaths.contains("paymentToken") == true)
    }

    @Test func manyConcurrentTasksLoseNothingUncounted() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], bufferCapacity: 100_000)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    for _ in 0..<50 { _ = quote(sampleBasket) }
                }
            }
        }
        await monitor.flush()
        #expect(memory.records.count == 32 * 50 * 2)
        #expect(Set(memory.records.map(\.eventID)).count == 32 * 50 * 2)
        #expect(monitor.health.recorded == 32 * 50 * 2)
    }

    @Test func aFullBufferDropsAndCountsTheNewestRecords() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], bufferCapacity: 4)
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<200 { _ = quote(sampleBasket) }
        await monitor.shutdown()
        let health = monitor.health
        #expect(health.produced == 400)
        #expect(health.pending == 0)
        #expect(health.recorded + health.droppedTotal == 400)
        #expect(memory.records.count == health.recorded)
        _ = quote(sampleBasket)
        #expect(monitor.health.dropped[.shuttingDown, default: 0] >= 2)
    }

    @Test func consoleLinesNameRuleMessageSiteAndOrigin() throws {
        let record = ViolationRecord(
            eventID: "0123456789abcdef0123456789abcdef", setID: "pricing.quote", ruleID: "tax-non-negative",
            message: "\\Quote.tax was -1", input: Snapshot(), output: Snapshot(), origin: .generated(by: "model-x"),
            callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
            context: InvariantContext(requestID: "req-1")
        )
        #expect(
            ConsoleSink.line(for: record)
                == "invariants: ✗ pricing.quote/tax-non-negative [error] \\Quote.tax was -1 — Pricing/Quote.swift:42 "
                + "quote(_:), \(record.origin), event 0123456789abcdef0123456789abcdef, request req-1"
        )
    }
}
