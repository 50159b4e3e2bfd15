import Foundation
import Invariants
import Testing

/// The `monitor.guard` block of Docs/WritingRules.md's relations section, compiled and run.
struct WritingRulesRelationGuardTests {
    @Test func aGuardRerunsItsFunctionForTheRelationsOnSampledCalls() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [sink])
        let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
            Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
        }.relating {
            Deterministic("same-cart-same-quote")
        }
        let cart = WritingRulesGuideTests.cart

        let relationChecks = RelationChecks.rerun(.pure, sampler: .ratio(0.01))
        let quoteGuard = monitor.guard(quoteRules, relations: relationChecks, rerunning: PricingEngine.quote)
        let q = quoteGuard(cart) { PricingEngine.quote($0) }  // PricingEngine.quote cannot throw: no `try`

        var quotes = [q]
        for _ in 0..<2_000 { quotes.append(quoteGuard(cart) { PricingEngine.quote($0) }) }
        #expect(await monitor.flush())
        #expect(quotes.allSatisfy { $0 == PricingEngine.quote(cart) })
        let counts = relationChecks.counts  // 1 % of 2,001 calls: none sampled has odds of about 2e-9
        #expect(counts.sampled > 0 && counts.mismatched == 0 && counts.matched + counts.skipped == counts.sampled)
        #expect(sink.records.isEmpty)
    }
}
