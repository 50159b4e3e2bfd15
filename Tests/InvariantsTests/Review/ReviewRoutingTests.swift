import Foundation
import Testing

@testable import Invariants

struct ReviewRoutingTests {
    private let exemptBasket: Basket = {
        var basket = sampleBasket
        basket.taxExempt = true
        return basket
    }()

    private func monitor(_ queue: any ReviewQueue, _ routes: ReviewRoute..., capacity: Int = 1_000) -> InvariantMonitor
    {
        InvariantMonitor(
            sinks: [MemorySink()], review: ReviewRouting(queue: queue, routes: routes, capacity: capacity))
    }

    @Test func everyCriticalViolationIsQueuedWithItsRedactedCallAndNothingElse() async throws {
        let queue = MemoryReviewQueue()
        let monitor = monitor(queue, .every(.violations(atLeast: .critical)))
        let origin = CodeOrigin.generated(by: "model-x")
        let buggy = monitor.guarded(quoteRules, origin: origin) { Pricing.buggyQuote($0) }
        let correct = monitor.guarded(quoteRules, origin: origin) { Pricing.quote($0) }
        withInvariantContext(requestID: "req-7", tenant: "acme") {
            _ = buggy(sampleBasket)  // total-covers-lines (critical) and tax-non-negative fail
            _ = buggy(exemptBasket)  // only exempt-pays-no-tax (warning) fails
            _ = correct(sampleBasket)
        }
        #expect(await monitor.shutdown())
        let item = try #require(queue.items.first)
        #expect(queue.items.count == 1)
        #expect(item.queue == "memory")
        #expect(item.setID == "pricing.quote")
        #expect(item.outcome.failedRules == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        #expect(item.outcome.violations.first?.severity == .critical)
        #expect(item.outcome.checkedRules == quoteRules.rules.map(\.id))
        #expect(item.origin == origin)
        #expect(item.context.requestID == "req-7")
        #expect(item.callSite.fileID.hasSuffix("ReviewRoutingTests.swift"))
        #expect(try item.output.decode(Quote.self) == Pricing.buggyQuote(sampleBasket))
        #expect(item.input.value?["paymentToken"] == .string(Redaction.placeholder))
        #expect(
            monitor.reviewHealth
                == {
                    var health = ReviewHealth()
                    health.routed = 1
                    health.written = 1
                    return health
                }())
    }

    @Test func filtersSelectBySetRuleTagOutcomeAndOrigin() async throws {
        func routedCount(_ filter: ReviewFilter, origin: CodeOrigin = .generated(by: "model-x")) async -> Int {
            let queue = MemoryReviewQueue()
            let monitor = monitor(queue, .every(filter))
            let buggy = monitor.guarded(quoteRules, origin: origin) { Pricing.buggyQuote($0) }
            let correct = monitor.guarded(quoteRules, origin: origin) { Pricing.quote($0) }
            _ = buggy(sampleBasket)
            _ = buggy(exemptBasket)
            _ = correct(sampleBasket)
            await monitor.shutdown()
            return queue.items.count
        }
        #expect(await routedCount(.all) == 3)
        #expect(await routedCount(.passing) == 1)
        #expect(await routedCount(.failing) == 2)
        #expect(await routedCount(.set("pricing.quote")) == 3)
        #expect(await routedCount(.set("auth.decide")) == 0)
        #expect(await routedCount(.origin(.generated)) == 3)
        #expect(await routedCount(.origin(.generated), origin: .human()) == 0)
        #expect(await routedCount(.all.model("model-x")) == 3)
        #expect(await routedCount(.all.model("model-y")) == 0)
        #expect(await routedCount(.failing.rule("pricing.quote/exempt-pays-no-tax")) == 1)
        #expect(await routedCount(.all.rule("pricing.quote/exempt-pays-no-tax")) == 3)  // checked on every call
        #expect(await routedCount(.failing.tagged("money")) == 1)  // total-covers-lines
        #expect(await routedCount(.all.tagged("no-such-tag")) == 0)
        #expect(await routedCount(.violations(atLeast: .warning)) == 2)
    }

    @Test func aRateTakesThatShareOfTheCallsItAdmits() async {
        let queue = MemoryReviewQueue()
        let monitor = monitor(queue, .sample(0.1, of: .passing))
        let correct = monitor.guarded(quoteRules) { Pricing.quote($0) }
        for _ in 0..<5_000 { _ = correct(sampleBasket) }
        await monitor.shutdown()
        #expect((400...600).contains(queue.items.count), "\(queue.items.count) of 5000 at 10 %")
        #expect(monitor.reviewHealth?.written == queue.items.count)

        let none = MemoryReviewQueue()
        let never = self.monitor(none, .sample(0, of: .all))
        #expect(never.reviewHealth == nil || never.reviewHealth?.routed == 0)
        let quote = never.guarded(quoteRules) { Pricing.quote($0) }
        for _ in 0..<100 { _ = quote(sampleBasket) }
        await never.shutdown()
        #expect(none.items.isEmpty)
    }

    @Test func aCallSeveralRoutesTakeIsQueuedOnce() async {
        let queue = MemoryReviewQueue()
        let monitor = monitor(queue, .every(.failing), .every(.violations(atLeast: .critical)), .sample(1))
        let buggy = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = buggy(sampleBasket)
        await monitor.shutdown()
        #expect(queue.items.count == 1)
    }

    @Test func routesThatCannotMatchAFunctionAreSettledWhenItIsWrapped() {
        let monitor = monitor(MemoryReviewQueue(), .every(.set("auth.decide")), .every(.origin(.human)))
        let generated = monitor.makeCall(quoteRules, .generated(by: "m"), nil, nil, CallSite())
        #expect(generated.review == nil)
        let human = monitor.makeCall(quoteRules, .human(), nil, nil, CallSite())
        #expect(human.review?.routes.count == 1)
        let plain = InvariantMonitor(sinks: [], review: ReviewRouting(queue: MemoryReviewQueue(), routes: []))
        #expect(plain.reviewHealth == nil)
        #expect(plain.makeCall(quoteRules, .unknown, nil, nil, CallSite()).review == nil)
    }

    @Test func routingNeverChangesWhatTheGuardedCallReturns() async throws {
        let failing = ControlledReviewQueue(fails: true)
        let monitor = monitor(failing, .every(.all))
        let buggy = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let correct = monitor.guarded(quoteRules) { Pricing.quote($0) }
        #expect(buggy(sampleBasket) == Pricing.buggyQuote(sampleBasket))
        #expect(buggy(exemptBasket) == Pricing.buggyQuote(exemptBasket))
        #expect(correct(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await monitor.flush())
        let health = try #require(monitor.reviewHealth)
        #expect(health.routed == 3)
        #expect(health.dropped[.sinkError] == 3)
        #expect(health.lastError == "the store is read-only")
        await monitor.shutdown()
    }

    @Test func uncheckedCallsAreNeverRoutedButMonitorCheckIs() async {
        let queue = MemoryReviewQueue()
        let skipping = InvariantMonitor(
            sampler: .never, sinks: [], review: ReviewRouting(queue: queue, routes: [.every(.all)]))
        _ = skipping.guarded(quoteRules) { Pricing.buggyQuote($0) }(sampleBasket)
        await skipping.shutdown()
        #expect(queue.items.isEmpty)

        let checking = monitor(queue, .every(.failing))
        checking.check(quoteRules, input: sampleBasket, output: Pricing.buggyQuote(sampleBasket), origin: .human())
        checking.check(quoteRules, input: sampleBasket, output: Pricing.quote(sampleBasket))
        await checking.shutdown()
        #expect(queue.items.map(\.origin) == [.human()])

        let byRule = MemoryReviewQueue()
        let ruleChecking = monitor(byRule, .every(.failing.rule("pricing.quote/exempt-pays-no-tax")))
        ruleChecking.check(quoteRules, input: sampleBasket, output: Pricing.buggyQuote(sampleBasket))
        ruleChecking.check(quoteRules, input: exemptBasket, output: Pricing.buggyQuote(exemptBasket))
        await ruleChecking.shutdown()
        #expect(byRule.items.map(\.outcome.failedRules) == [["pricing.quote/exempt-pays-no-tax"]])
        #expect(byRule.items.first?.outcome.checkedRules == quoteRules.rules.map(\.id))
    }

    @Test func shutdownDrainsRoutedItemsIntoTheDirectory() async throws {
        let scratch = try ScratchDirectory()
        let queue = DirectoryReviewQueue(at: scratch.file("review"))
        let monitor = monitor(queue, .every(.all))
        let correct = monitor.guarded(quoteRules) { Pricing.quote($0) }
        for _ in 0..<50 { _ = correct(sampleBasket) }
        #expect(await monitor.shutdown())
        #expect(try queue.contents().items.count == 50)
        #expect(monitor.reviewHealth?.written == 50)
        #expect(monitor.reviewHealth?.pending == 0)
        _ = correct(sampleBasket)  // after shutdown: counted, not written
        #expect(monitor.reviewHealth?.dropped[.shuttingDown] == 1)
        #expect(try queue.contents().items.count == 50)
    }

    @Test func aFullBufferDropsAndCountsTheNewestItems() async throws {
        let held = ControlledReviewQueue(held: true)
        let monitor = monitor(held, .every(.all), capacity: 2)
        let correct = monitor.guarded(quoteRules) { Pricing.quote($0) }
        for _ in 0..<10 { _ = correct(sampleBasket) }
        // At most one batch (≤ 2) is being written and 2 are buffered: at least 6 of 10 were dropped.
        let full = try #require(monitor.reviewHealth)
        #expect(full.routed == 10)
        #expect((full.dropped[.queueFull] ?? 0) >= 6)
        held.release()
        #expect(await monitor.flush())
        let health = try #require(monitor.reviewHealth)
        #expect(health.written + health.droppedTotal == 10)
        #expect(health.written == held.appendedCount)
        #expect(health.pending == 0)
        await monitor.shutdown()
    }
}
