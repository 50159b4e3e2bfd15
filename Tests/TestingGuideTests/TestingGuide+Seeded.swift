import Foundation
import Invariants
import InvariantsTesting
import Testing

/// The fixture of this target stands in for a journal or an exported fixture of the guide.
private var fixtureURL: URL { Bundle.module.url(forResource: "pricing-regressions", withExtension: "jsonl")! }

// Docs/Testing.md, "Inputs from production": verbatim, run over the target's regression fixture.

@Test func quotesHoldAroundProductionCarts() async {
    await expectInvariants(quoteRules, of: PricingEngine.quote, over: .cart, seededFrom: fixtureURL)  // or a journal
}

@Test func anyEntryPointTakesASeededGenerator() async throws {
    let carts = try Gen.cart.seeded(from: SeedCorpus<Cart>(contentsOf: fixtureURL))
    await expectInvariants(quoteRules, of: PricingEngine.quote, over: carts)
}
