import Foundation
import InvariantsTesting
import Testing

// Sections 2, 3 and "Determinism" of Docs/Testing.md, verbatim: top-level tests, as in a reader's test target.

@Test func capturedQuotesStayFixed() async {
    let fixture = Bundle.module.url(forResource: "pricing-regressions", withExtension: "jsonl")!
    await expectInvariants(quoteRules, of: PricingEngine.quote, replaying: fixture)
}
// XCTest: XCTAssertInvariants(quoteRules, of: PricingEngine.quote, replaying: fixture)

@Test func exemptCustomerPaysNoTaxOnABigCart() {
    let cart = Cart(
        lines: Array(repeating: Line(sku: "pen", unitPrice: 1.2, quantity: 5), count: 3),
        currency: "EUR",
        taxExempt: true
    )
    let quote = PricingEngine.quote(cart)
    #expect(quote == Quote(total: 18, tax: 0, currency: "EUR", lineTotals: [6, 6, 6]))
    #expect(quoteRules.check(cart, quote).hasPassed, "\(quoteRules.check(cart, quote))")
}

@Test func quotingIsDeterministic() async {
    await expectDeterministic(PricingEngine.quote, over: .cart)
}
// XCTest: XCTAssertDeterministic(PricingEngine.quote, over: .cart)
// anywhere: Property(over: .cart).checkDeterministic(runs: 5) { cart in PricingEngine.quote(cart) }
