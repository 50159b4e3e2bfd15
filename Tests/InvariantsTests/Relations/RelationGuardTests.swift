import Invariants
import Synchronization
import Testing

/// Relations through the first form, `monitor.guard(…, relations:, rerunning:)`: the same semantics as
/// `guarded`'s, with the function the guard keeps for re-runs.
@Suite(.timeLimit(.minutes(2)))
struct RelationGuardTests {
    /// A service holding its guard in a property, as the README shows.
    struct Recommendations {
        let pickGuard: InvariantGuard<[String], String>

        func pick(_ skus: [String]) -> String {
            pickGuard(skus) { Recommender.pick($0) }
        }
    }

    @Test func aNondeterministicFunctionIsRecordedThroughAGuardWithin2000CallsInAtLeast9Of10Streams() async throws {
        var detected = 0
        var replayable: ViolationRecord?
        for stream in 0..<10 {
            let sink = MemorySink()
            let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
            let service = Recommendations(
                pickGuard: monitor.guard(
                    Recommender.rules, origin: .generated(by: "model-x"),
                    relations: .rerun(.pure, sampler: .ratio(0.05)), rerunning: Recommender.pick))
            var traffic = TrafficStream(seed: UInt64(stream))
            for _ in 0..<2_000 {
                let (requestID, skus) = traffic.nextRequest()
                _ = withInvariantContext(requestID: requestID) { service.pick(skus) }
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
        #expect(record.samplingRate == 0.05 && record.origin == .generated(by: "model-x"))
        #expect(record.comparison?.transformedInput == nil && record.comparison?.seed == nil)
        #expect(record.context.requestID?.hasPrefix("req-") == true)
    }

    @Test func aDeterministicFunctionHoldsOnEverySampledCallAndTheRulesSamplerDoesNotThinTheRelations() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .ratio(0.5), sinks: [sink])
        let checks = RelationChecks.rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        let pickGuard = monitor.guard(Recommender.rules, relations: checks, rerunning: Recommender.sortedPick)
        var traffic = TrafficStream(seed: 7)
        for _ in 0..<200 {
            let skus = traffic.nextRequest().skus
            #expect(pickGuard(skus) { Recommender.sortedPick($0) } == Recommender.sortedPick(skus))
        }
        #expect(await monitor.flush(timeout: .seconds(30)))
        let counts = checks.counts  // a check finding the workers' 64 places taken is skipped, not run
        #expect(counts.sampled == 200 && counts.matched > 0 && counts.matched + counts.skipped == 200)
        #expect(sink.records.isEmpty)
    }

    @Test func aGuardWithoutRelationsOrWithThemOffNeverCallsTheFunctionTwice() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let calls = Atomic<Int>(0)
        let count: @Sendable (Basket) -> Quote = { cart in
            calls.wrappingAdd(1, ordering: .relaxed)
            return RelationPricing.droppingLastLine(cart)
        }
        let plain = monitor.guard(relatedQuoteRules)
        let off = monitor.guard(relatedQuoteRules, relations: .off, rerunning: count)
        for _ in 0..<50 {
            _ = plain(threeLineBasket, count)
            _ = off(threeLineBasket, count)
        }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(calls.load(ordering: .relaxed) == 100)
        #expect(sink.records.isEmpty)
    }

    @Test func theCallerGetsItsOwnResultUnderEnforceAndTheRelationStillRecords() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let checks = RelationChecks.rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        let quoteGuard = monitor.guard(
            relatedQuoteRules, policy: .enforce, relations: checks, rerunning: RelationPricing.droppingLastLine)
        for _ in 0..<20 {
            let quote = try quoteGuard(threeLineBasket) { (cart: Basket) throws -> Quote in
                RelationPricing.droppingLastLine(cart)
            }
            #expect(quote == RelationPricing.droppingLastLine(threeLineBasket))
        }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(checks.counts.sampled == 20)
        let record = try #require(sink.records.first { $0.invariantID == "pricing.quote/order-independent" })
        #expect(record.comparison?.seed != nil && record.comparison?.transformedInput != nil)
    }

    @Test func asyncFunctionsAreRerunThroughAGuard() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let quoteGuard = monitor.guard(
            relatedQuoteRules,
            relations: .rerun(.pure, sampler: .always, options: ExperimentOptions(timeout: .seconds(30)))
        ) {
            (cart: Basket) async throws -> Quote in
            await Task.yield()
            return RelationPricing.droppingLastLine(cart)
        }
        for _ in 0..<20 {
            _ = try await quoteGuard(threeLineBasket) { (cart: Basket) async throws -> Quote in
                RelationPricing.droppingLastLine(cart)
            }
        }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(sink.invariantIDs.contains("pricing.quote/order-independent"))
    }
}
