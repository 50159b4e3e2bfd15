import Foundation
import Invariants
import Synchronization
import Testing

/// Relations in production: off unless the guard opts in, run off the caller's path on sampled calls,
/// recorded with both calls and the seed.
@Suite(.timeLimit(.minutes(2)))
struct RelationRuntimeTests {
    @Test func aGuardThatDoesNotOptInNeverCallsTheFunctionTwice() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let calls = Atomic<Int>(0)
        let quote = monitor.guarded(relatedQuoteRules) { (cart: Basket) in
            calls.wrappingAdd(1, ordering: .relaxed)
            return RelationPricing.droppingLastLine(cart)
        }
        let off = monitor.guarded(relatedQuoteRules, relations: .off) { (cart: Basket) in
            calls.wrappingAdd(1, ordering: .relaxed)
            return RelationPricing.droppingLastLine(cart)
        }
        let cart = threeLineBasket
        for _ in 0..<50 {
            _ = quote(cart)
            _ = off(cart)
        }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(calls.load(ordering: .relaxed) == 100)
        #expect(sink.records.isEmpty)
    }

    @Test func anOrderDependentRewriteIsRecordedWithBothCallsAndTheSeed() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let checks = RelationChecks.rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        let quote = monitor.guarded(relatedQuoteRules, origin: .generated(by: "model-x"), relations: checks) {
            (cart: Basket) in RelationPricing.droppingLastLine(cart)
        }
        for _ in 0..<20 {
            #expect(quote(threeLineBasket) == RelationPricing.droppingLastLine(threeLineBasket))
        }
        #expect(await monitor.flush(timeout: .seconds(30)))
        let records = sink.records.filter { $0.invariantID == "pricing.quote/order-independent" }
        let record = try #require(records.first)
        #expect(record.severity == .critical && record.owner == "payments" && record.tags == ["money"])
        #expect(record.origin == .generated(by: "model-x"))
        #expect(record.message.hasPrefix("does not hold between the call and the call on its transformed input: "))
        #expect(record.message.contains(" → "))
        let comparison = try #require(record.comparison)
        let seed = try #require(comparison.seed)
        let original = try record.input.decode(Basket.self, allowingRedactions: true)
        let transformed = try #require(comparison.transformedInput).decode(Basket.self, allowingRedactions: true)
        let relation = try #require(relatedQuoteRules.relation(record.invariantID))
        #expect(relation.transformed(original, seed: seed).lines == transformed.lines)
        #expect(comparison.candidateOutput?.value?["total"] != record.output.value?["total"])
        #expect(!(try record.jsonLine()).contains("SECRET123"))
        #expect(checks.counts.mismatched == records.count && checks.counts.sampled == 20)
        #expect(sink.records.allSatisfy { $0.invariantID != "pricing.quote/same-basket-same-quote" })
    }

    @Test func aNondeterministicFunctionIsRecordedWithin2000CallsInAtLeast9Of10Streams() async throws {
        var detected = 0
        var replayable: ViolationRecord?
        for stream in 0..<10 {
            let sink = MemorySink()
            let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
            let pick = monitor.guarded(
                Recommender.rules, relations: .rerun(.pure, sampler: .ratio(0.05)), Recommender.pick)
            var traffic = TrafficStream(seed: UInt64(stream))
            for _ in 0..<2_000 {
                let (requestID, skus) = traffic.nextRequest()
                _ = withInvariantContext(requestID: requestID) { pick(skus) }
            }
            #expect(await monitor.shutdown(deadline: .seconds(30)))
            let records = sink.records.filter { $0.invariantID == "recs.pick/same-skus-same-pick" }
            if let record = records.first {
                detected += 1
                replayable = replayable ?? record
            }
        }
        #expect(detected >= 9, "recorded in \(detected) of 10 streams")
        let record = try #require(replayable)
        #expect(record.samplingRate == 0.05)
        #expect(record.comparison?.transformedInput == nil && record.comparison?.seed == nil)
        #expect(record.context.requestID?.hasPrefix("req-") == true)
    }

    @Test func theCallerGetsItsOwnResultWhateverTheSecondCallDoes() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let calls = Atomic<Int>(0)
        let checks = RelationChecks.rerun(.idempotent, sampler: .always)
        let quote = monitor.guarded(relatedQuoteRules, relations: checks) { (cart: Basket) throws -> Quote in
            if calls.wrappingAdd(1, ordering: .relaxed).oldValue > 0 { throw RuleFailedOnPurpose() }
            return Pricing.quote(cart)
        }
        #expect(try quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(checks.counts.candidateErrors == 2)
        let messages = sink.records.map(\.message).sorted()
        #expect(
            messages == [
                "the call on the transformed input threw: lookup table unavailable",
                "the same input threw on the second call: lookup table unavailable",
            ])
        #expect(sink.records.allSatisfy { $0.comparison?.candidateError == "lookup table unavailable" })
    }

    @Test func aSecondCallPastItsTimeoutIsCountedAndALateOneDoesNotHoldTheCaller() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let gate = Gate()
        let checks = RelationChecks.rerun(
            .pure, sampler: .always, options: ExperimentOptions(timeout: .milliseconds(50), maxInFlight: 1))
        let caller = Atomic<Int>(0)
        let quote = monitor.guarded(relatedQuoteRules, relations: checks) { (cart: Basket) in
            // Only the second calls, on the workers' threads, wait at the gate.
            if caller.load(ordering: .sequentiallyConsistent) != Self.threadID { gate.pass() }
            return Pricing.quote(cart)
        }
        caller.store(Self.threadID, ordering: .sequentiallyConsistent)
        #expect(quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(quote(sampleBasket) == Pricing.quote(sampleBasket))  // the one place is taken: skipped
        #expect(await eventually { checks.counts.timeouts == 1 })
        #expect(checks.counts.skipped == 2 && checks.counts.sampled == 2)
        gate.open()
        #expect(await eventually { checks.counts.matched == 1 })  // the job's second check, after the first
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(sink.records.isEmpty)
        #expect(quote(sampleBasket) == Pricing.quote(sampleBasket))  // the place is free again
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(checks.counts.matched == 3 && checks.counts.sampled == 3)
    }

    private static var threadID: Int { ObjectIdentifier(Thread.current).hashValue }

    @Test func asyncFunctionsAreCheckedInATaskOfTheirOwn() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let quote = monitor.guarded(
            relatedQuoteRules,
            relations: .rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        ) {
            (cart: Basket) async throws -> Quote in
            await Task.yield()
            return RelationPricing.droppingLastLine(cart)
        }
        for _ in 0..<20 { _ = try await quote(threeLineBasket) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(sink.invariantIDs.contains("pricing.quote/order-independent"))
    }

    @Test func aRelationRecordSurvivesTheJournalLineFormat() throws {
        let record = ViolationRecord(
            setID: "pricing.quote", ruleID: "order-independent", message: "totals differ",
            input: .capture(sampleBasket),
            output: .capture(Pricing.quote(sampleBasket)), callSite: CallSite(),
            comparison: ComparisonDetail(
                candidateOutput: .capture(Pricing.quote(sampleBasket)), transformedInput: .capture(sampleBasket),
                seed: RelationSeed(0x9f86_d081_884c_7d65)))
        let line = try record.jsonLine()
        #expect(line.contains(#""seed":"9f86d081884c7d65""#))
        #expect(try ViolationRecord(jsonLine: line) == record)
        #expect(try JSONDecoder().decode(ViolationRecord.self, from: JSONEncoder().encode(record)) == record)
        #expect(RegressionCase(record).seed == RelationSeed(0x9f86_d081_884c_7d65))
    }
}

let threeLineBasket = Basket(lines: [
    BasketLine(sku: "book", unitPrice: 12.5, quantity: 2),
    BasketLine(sku: "pen", unitPrice: 1.2, quantity: 5),
    BasketLine(sku: "lamp", unitPrice: 30, quantity: 1),
])

/// Relation violations in rule health and review routing, like any rule's.
struct RelationHealthAndReviewTests {
    @Test func relationsAreCountedInRuleHealthWithoutInflatingTheChecksOfRateAlerts() async throws {
        let monitor = InvariantMonitor(sampler: .always, sinks: [MemorySink()])
        let quote = monitor.guarded(
            relatedQuoteRules,
            relations: .rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        ) {
            (cart: Basket) in RelationPricing.droppingLastLine(cart)
        }
        for _ in 0..<10 { _ = quote(threeLineBasket) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        let health = Dictionary(uniqueKeysWithValues: monitor.ruleHealth.map { ($0.invariantID, $0) })
        #expect(health["pricing.quote/currency-preserved"]?.evaluated == 10)
        let order = try #require(health["pricing.quote/order-independent"])
        #expect(order.evaluated == 10 && order.failed >= 1 && order.errored == 0)
        #expect(health["pricing.quote/same-basket-same-quote"]?.evaluated == 10)
        #expect(health["pricing.quote/same-basket-same-quote"]?.failed == 0)
    }

    @Test func aViolatedRelationIsRoutedToReviewWithTheCallersContext() async throws {
        let queue = MemoryReviewQueue()
        let monitor = InvariantMonitor(
            sinks: [MemorySink()],
            review: ReviewRouting(queue: queue, routes: [.every(.violations(atLeast: .critical))]))
        let quote = monitor.guarded(
            relatedQuoteRules,
            relations: .rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        ) {
            (cart: Basket) in RelationPricing.droppingLastLine(cart)
        }
        withInvariantContext(requestID: "req-9") {
            for _ in 0..<10 { _ = quote(threeLineBasket) }
        }
        // The second calls run on the experiment workers, off the caller's path: on a loaded machine they may
        // not have started when the calls return, and shutdown starts no new ones. Wait (bounded) for the first.
        let deadline = ContinuousClock.now + .seconds(20)
        while queue.items.isEmpty && ContinuousClock.now < deadline { _ = await monitor.flush() }
        #expect(await monitor.shutdown())
        let item = try #require(queue.items.first)
        #expect(item.outcome.failedRules == ["pricing.quote/order-independent"])
        #expect(item.context.requestID == "req-9")
    }
}
