import Foundation
import Synchronization
import Testing

@testable import Invariants

/// `monitor.guard(set)`: the guard held in a property and called with the function.
struct InvariantGuardTests {
    @Test func observeReturnsTheFunctionsOutputAndRecordsEachViolation() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .observe)
        let quoteGuard = monitor.guard(quoteRules, origin: .generated(by: "model-x"))
        #expect(quoteGuard(sampleBasket) { Pricing.buggyQuote($0) } == Pricing.buggyQuote(sampleBasket))
        #expect(await monitor.flush())
        #expect(memory.invariantIDs == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        let record = try #require(memory.records(for: "pricing.quote/tax-non-negative").first)
        #expect(record.message == "\\Quote.tax was -6.2")
        #expect(record.origin.model == "model-x")
        #expect(record.callSite.fileID.hasSuffix("InvariantGuardTests.swift"))
        #expect(record.input.redactedPaths.contains("paymentToken"))
        await monitor.shutdown()
    }

    @Test func aPassingCallRecordsNothing() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quoteGuard = monitor.guard(quoteRules)
        for _ in 0..<10 { #expect(quoteGuard(sampleBasket) { Pricing.quote($0) } == Pricing.quote(sampleBasket)) }
        await monitor.flush()
        #expect(memory.records.isEmpty)
        #expect(monitor.health.produced == 0)
    }

    @Test func enforceThrowsAndTheFunctionsOwnErrorsPropagateUnchanged() async throws {
        struct OutOfStock: Error, Equatable {}
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .enforce)
        let quoteGuard = monitor.guard(quoteRules)
        let error = try #require(throws: InvariantViolationError.self) {
            try quoteGuard(sampleBasket) { cart throws in Pricing.buggyQuote(cart) }
        }
        #expect(error.violations.map(\.ruleID) == ["total-covers-lines", "tax-non-negative"])
        #expect(throws: OutOfStock()) { try quoteGuard(sampleBasket) { _ throws -> Quote in throw OutOfStock() } }
        await monitor.flush()
        #expect(error.eventIDs == memory.records.map(\.eventID))
    }

    @Test func fallbackReplacesAWrongOutput() {
        let monitor = InvariantMonitor(sinks: [], policy: .fallback)
        let declined = Quote(total: 0, tax: 0, currency: "EUR", lineTotals: [])
        let quoteGuard = monitor.guard(quoteRules, fallback: { _, _ in declined })
        #expect(quoteGuard(sampleBasket) { Pricing.buggyQuote($0) } == declined)
        #expect(quoteGuard(Basket(lines: [])) { Pricing.quote($0) } == Pricing.quote(Basket(lines: [])))
    }

    @Test func aThrowingRuleIsARuleErrorNeverThrownToTheCaller() async throws {
        let rules = InvariantSet<Basket, Quote>("pricing.lookup") {
            Invariant("table", severity: .critical) { _, _ in throw RuleFailedOnPurpose() }
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        }
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], policy: .enforce(atLeast: .critical))
        let lookupGuard = monitor.guard(rules)
        #expect(try lookupGuard(sampleBasket) { cart throws in Pricing.quote(cart) } == Pricing.quote(sampleBasket))
        await monitor.flush()
        #expect(memory.records.map(\.ruleError) == ["lookup table unavailable"])
    }

    @Test func asyncFunctionsAreGuardedTheSameWay() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quoteGuard = monitor.guard(quoteRules)
        let thrown = try await quoteGuard(sampleBasket) { cart async throws in
            await Task.yield()
            return Pricing.buggyQuote(cart)
        }
        let plain = await quoteGuard(sampleBasket) { cart async in
            await Task.yield()
            return Pricing.buggyQuote(cart)
        }
        #expect(thrown == Pricing.buggyQuote(sampleBasket))
        #expect(plain == thrown)
        await monitor.flush()
        #expect(memory.records.count == 4)
    }

    @Test func aSyncFunctionInAnAsyncContextTakesTheSyncPath() async {
        let monitor = InvariantMonitor(sinks: [])
        let quoteGuard = monitor.guard(quoteRules)
        // No `await`: the synchronous overload is chosen inside an async function.
        let quote = quoteGuard(sampleBasket) { Pricing.quote($0) }
        #expect(quote == Pricing.quote(sampleBasket))
        await monitor.shutdown()
    }

    @Test func aSampledOutCallRunsTheFunctionAndNoRule() async {
        let evaluations = Atomic<Int>(0)
        let rules = InvariantSet<Int, Int>("counted") {
            Invariant("counts") { _, _ in
                evaluations.add(1, ordering: .relaxed)
                return false
            }
        }
        let memory = MemorySink()
        let monitor = InvariantMonitor(sampler: .never, sinks: [memory])
        let counted = monitor.guard(rules)
        #expect(counted(41) { $0 + 1 } == 42)
        await monitor.flush()
        #expect(evaluations.load(ordering: .relaxed) == 0)
        #expect(memory.records.isEmpty)
        #expect(monitor.ruleHealth.map(\.evaluated) == [0])
    }

    @Test func aRuleIsEvaluatedOncePerCheckedCall() {
        let evaluations = Atomic<Int>(0)
        let rules = InvariantSet<Int, Int>("once") {
            Invariant("counts") { _, output in
                evaluations.add(1, ordering: .relaxed)
                return output > 0
            }
        }
        let monitor = InvariantMonitor(sinks: [])
        let once = monitor.guard(rules)
        for number in [1, -1, 2] { _ = once(number) { $0 } }
        #expect(evaluations.load(ordering: .relaxed) == 3)
    }

    @Test func contextAndDeferredCaptureReachTheRecord() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quoteGuard = monitor.guard(quoteRules)
        withInvariantContext(requestID: "req-42", tenant: "acme") {
            _ = quoteGuard(sampleBasket) { Pricing.buggyQuote($0) }
        }
        await monitor.flush()
        let record = try #require(memory.records.first)
        #expect(record.context.requestID == "req-42")
        #expect(record.context.tenant == "acme")
        #expect(record.output.value != nil)
    }

    @Test func perRuleSamplingOverridesCheckOnlyTheNamedRule() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(
            sampler: .ratio(0).always(for: "pricing.quote/tax-non-negative"), sinks: [memory])
        let quoteGuard = monitor.guard(quoteRules)
        _ = quoteGuard(sampleBasket) { Pricing.buggyQuote($0) }
        await monitor.flush()
        #expect(memory.invariantIDs == ["pricing.quote/tax-non-negative"])
        #expect(monitor.ruleHealth.map(\.evaluated) == [0, 0, 1, 0, 0])
    }

    @Test func aGuardRoutesCheckedCallsToReview() async throws {
        let queue = MemoryReviewQueue()
        let monitor = InvariantMonitor(
            sinks: [], review: ReviewRouting(queue: queue, routes: [.every(.violations(atLeast: .critical))]))
        let quoteGuard = monitor.guard(quoteRules)
        _ = quoteGuard(sampleBasket) { Pricing.buggyQuote($0) }
        _ = quoteGuard(sampleBasket) { Pricing.quote($0) }
        #expect(await monitor.shutdown())
        #expect(queue.items.count == 1)
        #expect(queue.items.first?.outcome.failedRules.first == "pricing.quote/total-covers-lines")
    }

    @Test func aFunctionThatCannotThrowMayNotGoThroughAGuardThatEnforces() async {
        await #expect(processExitsWith: .failure) {
            let monitor = InvariantMonitor(sinks: [], policy: .enforce)
            let quoteGuard = monitor.guard(quoteRules)
            _ = quoteGuard(sampleBasket) { Pricing.quote($0) }
        }
    }
}
