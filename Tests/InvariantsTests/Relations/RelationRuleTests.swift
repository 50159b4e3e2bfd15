import Foundation
import Invariants
import Testing

struct RelationRuleTests {
    @Test func relationsHaveFullIdsSeverityOwnerAndTagsApartFromTheRules() {
        #expect(relatedQuoteRules.rules.map(\.id) == ["pricing.quote/currency-preserved"])
        let relations = relatedQuoteRules.relations.map(\.descriptor)
        #expect(relations.map(\.id) == ["pricing.quote/order-independent", "pricing.quote/same-basket-same-quote"])
        #expect(relations.map(\.kind) == ["Metamorphic", "Deterministic"])
        #expect(
            relations[0].severity == .critical && relations[0].owner == "payments" && relations[0].tags == ["money"])
        #expect(relations[1].severity == .error)
        #expect(relatedQuoteRules.relation("pricing.quote/same-basket-same-quote")?.isDeterminism == true)
        #expect(relatedQuoteRules.relation("pricing.quote/currency-preserved") == nil)
    }

    @Test func aSeedRebuildsTheSameTransformedInput() throws {
        let relation = try #require(relatedQuoteRules.relation("pricing.quote/order-independent"))
        let cart = Basket(lines: (0..<8).map { BasketLine(sku: "s\($0)", unitPrice: 1, quantity: $0 + 1) })
        let seed = RelationSeed(0xdead_beef)
        #expect(relation.isRandomised)
        #expect(relation.transformed(cart, seed: seed) == relation.transformed(cart, seed: seed))
        #expect(relation.transformed(cart, seed: seed) != relation.transformed(cart, seed: RelationSeed(1)))
        #expect(relation.transformed(cart, seed: seed).lines.map(\.sku).sorted() == cart.lines.map(\.sku).sorted())
    }

    @Test func aBrokenRelationIsAViolationOfTheRelationsId() throws {
        let relation = try #require(relatedQuoteRules.relation("pricing.quote/order-independent"))
        let cart = Basket(lines: [
            BasketLine(sku: "a", unitPrice: 1, quantity: 1), BasketLine(sku: "b", unitPrice: 2, quantity: 1),
            BasketLine(sku: "c", unitPrice: 4, quantity: 1),
        ])
        let reversed = Basket(lines: cart.lines.reversed())
        let violation = relation.check(
            RelatedCall(input: cart, output: RelationPricing.droppingLastLine(cart)),
            RelatedCall(input: reversed, output: RelationPricing.droppingLastLine(reversed)))
        #expect(violation?.invariantID == "pricing.quote/order-independent")
        #expect(violation?.message == "does not hold between the call and the call on its transformed input")
        #expect(
            relation.check(
                RelatedCall(input: cart, output: Pricing.quote(cart)),
                RelatedCall(input: reversed, output: Pricing.quote(reversed))) == nil)
    }

    @Test func determinismModuloAProjectionOrATolerance() {
        let byTotal = Deterministic<Basket, Quote>("same-total", comparing: { $0.total }).relation
        let within = Deterministic<Basket, Double>("close", comparing: { $0 }, tolerance: 0.01).relation
        let quote = Pricing.quote(sampleBasket)
        var other = quote
        other.lineTotals = []
        let call = { (output: Quote) in RelatedCall(input: sampleBasket, output: output) }
        #expect(byTotal.check(call(quote), call(other)) == nil)
        other.total += 1
        #expect(byTotal.check(call(quote), call(other))?.message == "the same input gave a different output")
        let near = { (value: Double) in RelatedCall(input: sampleBasket, output: value) }
        #expect(within.check(near(1.0), near(1.005)) == nil)
        #expect(within.check(near(1.0), near(1.02)) != nil)
    }

    @Test func aThrowingPredicateIsARuleError() throws {
        let relation = Metamorphic<Basket, Quote>("throws", transform: { $0 }) { _, _ in throw RuleFailedOnPurpose() }
            .relation
        let call = RelatedCall(input: sampleBasket, output: Pricing.quote(sampleBasket))
        #expect(relation.check(call, call)?.ruleError == "lookup table unavailable")
    }

    @Test func seedsAreWrittenAsSixteenHexDigits() throws {
        let seed = RelationSeed(42)
        #expect(seed.description == "000000000000002a")
        #expect(RelationSeed(hex: "2a") == seed && RelationSeed(hex: "xyz") == nil && RelationSeed(hex: "") == nil)
        let data = try JSONEncoder().encode(seed)
        #expect(String(decoding: data, as: UTF8.self) == "\"000000000000002a\"")
        #expect(try JSONDecoder().decode(RelationSeed.self, from: data) == seed)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RelationSeed.self, from: Data("\"g\"".utf8)) }
    }
}

/// How a guard says what happens to its set's relations.
struct RelationChecksTests {
    @Test func offAndRerunSayWhetherTheFunctionMayRunTwice() {
        #expect(RelationChecks.off.safety == nil)
        let checks = RelationChecks.rerun(.idempotent)
        #expect(checks.safety == .idempotent)
        #expect(checks.sampler.description == RatioSampler(0.01).description)
        #expect(checks.counts == ExperimentCounts())
    }
}
