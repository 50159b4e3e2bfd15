import Foundation
import Invariants
import Testing

struct SamplingTests {
    static let requestIDs = (0..<2_000).map { "req-\($0)" }

    /// The request ids a sampler checks, deciding inside each request's context.
    static func checked(by sampler: RatioSampler, setID: String = "pricing.quote") -> Set<String> {
        Set(
            requestIDs.filter { id in
                withInvariantContext(requestID: id) { !sampler.decide(setID: setID).isEmpty }
            })
    }

    @Test func keyedDecisionsAreTheSameInEverySamplerAndEverySet() {
        let first = Self.checked(by: .ratio(0.3))
        let second = Self.checked(by: .ratio(0.3))
        let otherSet = Self.checked(by: .ratio(0.3), setID: "auth.decision")
        #expect(first == second)
        #expect(first == otherSet)
        #expect((500...700).contains(first.count), "\(first.count) of 2000 checked at 0.3")
        #expect(SamplingKey.hash("req-42") == SamplingKey.hash("req-42"))
    }

    @Test func aRequestCheckedAtOneRateIsCheckedAtEveryHigherRate() {
        let low = Self.checked(by: .ratio(0.05))
        let middle = Self.checked(by: .ratio(0.2))
        let high = Self.checked(by: .ratio(0.7))
        #expect(low.isSubset(of: middle))
        #expect(middle.isSubset(of: high))
        #expect(Self.checked(by: .ratio(0)).isEmpty)
        #expect(Self.checked(by: .ratio(1)).count == 2_000)
    }

    @Test func unkeyedCallsAreSpreadEvenly() {
        let sampler = RatioSampler(0.25)
        let checked = (0..<10_000).filter { _ in !sampler.decide(setID: "s").isEmpty }.count
        #expect((2_300...2_700).contains(checked), "\(checked) of 10000 checked at 0.25")
    }

    @Test func alwaysForCriticalChecksCriticalRulesOnSkippedCalls() {
        let sampler = RatioSampler(0).always(for: .critical)
        let selection = sampler.decide(setID: "pricing.quote")
        #expect(!selection.isEmpty)
        #expect(selection.includes(.critical, ordinal: 0))
        #expect(!selection.includes(.error, ordinal: 1))
        #expect(sampler.rate(for: quoteRules.rules[0], in: "pricing.quote") == 1)
        #expect(sampler.rate(for: quoteRules.rules[2], in: "pricing.quote") == 0)
        #expect(sampler.description == "ratio(0.0) always(critical)")
    }

    @Test func aBudgetCapsChecksPerSetWhateverTheRatio() {
        let sampler = RatioSampler(1).budget(5, per: .seconds(3600))
        let pricing = (0..<20).filter { _ in !sampler.decide(setID: "pricing").isEmpty }.count
        let auth = (0..<20).filter { _ in !sampler.decide(setID: "auth").isEmpty }.count
        #expect(pricing == 5)
        #expect(auth == 5)
    }

    @Test func aViolatedRuleIsCheckedOnEveryCallDuringItsBoost() {
        let sampler = RatioSampler(0).boosting(for: .seconds(3600))
        #expect(sampler.decide(setID: "pricing.quote").isEmpty)
        sampler.noteViolations(setID: "pricing.quote", ordinals: [2])
        let boosted = sampler.decide(setID: "pricing.quote")
        #expect(boosted.includes(.error, ordinal: 2))
        #expect(!boosted.includes(.error, ordinal: 1))
        #expect(sampler.decide(setID: "other").isEmpty)
    }

    @Test func theMonitorRecordsRatesAndBoostsAfterAViolation() async throws {
        let memory = MemorySink()
        let sampler = RatioSampler(0.5).always(for: .critical).boosting(for: .seconds(3600))
        let monitor = InvariantMonitor(sampler: sampler, sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let sampled = try #require(Self.requestIDs.first { id in sampler.admits(sample: SamplingKey.hash(id)) })
        let skipped = try #require(Self.requestIDs.first { id in !sampler.admits(sample: SamplingKey.hash(id)) })

        withInvariantContext(requestID: skipped) { _ = quote(sampleBasket) }
        await monitor.flush()
        #expect(memory.invariantIDs == ["pricing.quote/total-covers-lines"])
        #expect(memory.records.map(\.samplingRate) == [1])

        memory.removeAll()
        withInvariantContext(requestID: sampled) { _ = quote(sampleBasket) }
        await monitor.flush()
        #expect(memory.invariantIDs == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        #expect(memory.records.map(\.adjustedCount) == [1, 2])

        memory.removeAll()
        withInvariantContext(requestID: skipped) { _ = quote(sampleBasket) }
        await monitor.flush()
        // tax-non-negative was violated, so it is now checked on every call, sampled or not, and its
        // records say so: rate 1, not the ratio's 0.5.
        #expect(memory.invariantIDs == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        #expect(memory.records.map(\.samplingRate) == [1, 1])
    }

    @Test func aRuleNamedByItsIdIsCheckedOnEveryCallAndRecordedAtRateOne() async {
        let rules = InvariantSet<Int, Int>("override") {
            Invariant("watched") { _, output in output >= 0 }
            Invariant("other") { _, output in output >= 0 }
        }
        let sampler = RatioSampler.ratio(0).always(for: "override/watched")
        #expect(sampler.description == "ratio(0.0) always(override/watched)")
        let memory = MemorySink()
        let monitor = InvariantMonitor(sampler: sampler, sinks: [memory])
        let identity = monitor.guarded(rules) { (number: Int) in number }
        for number in [-1, 2, -3] { _ = identity(number) }
        await monitor.flush()
        #expect(memory.invariantIDs == ["override/watched", "override/watched"])
        #expect(memory.records.map(\.samplingRate) == [1, 1])
        #expect(monitor.ruleHealth.map(\.evaluated) == [3, 0])
        #expect(monitor.check(rules, input: -5, output: -5).violations.map(\.invariantID) == ["override/watched"])
        await monitor.shutdown()
    }
}
