import Invariants
import InvariantsTesting
import PricingService
import Testing

struct PricingPropertyTests {
    static let engine = PricingEngine()

    @Test func theReviewedEngineKeepsEveryRuleOverGeneratedCarts() async {
        await expectInvariants(
            PricingRules.quote, of: Self.engine.quote, over: .cart, iterations: 2_000, seed: 2_024, database: .disabled)
    }

    @Test func quotesDependOnTheCartAlone() async {
        await expectDeterministic(
            { cart in try Self.engine.quote(cart) }, over: .cart, iterations: 300, seed: 9, database: .disabled)
    }

    @Test func theGeneratorReachesEveryCaseTheRulesTalkAbout() {
        var seen: Set<String> = []
        for cart in Gen.cart.sample(count: 500, seed: 3) {
            if cart.customer.taxExempt { seen.insert("exempt") }
            if cart.lines.isEmpty { seen.insert("empty") }
            if cart.discounts.contains(where: { if case .fixed = $0.kind { true } else { false } }) {
                seen.insert("fixed")
            }
            if cart.currency.rounding == .halfEven { seen.insert("halfEven") }
            if cart.currency.minorUnits == 0 { seen.insert("no minor unit") }
            if let quote = try? Self.engine.quote(cart), quote.discountTotal == quote.subtotal, quote.subtotal > 0 {
                seen.insert("discounted to zero")
            }
        }
        #expect(seen == ["exempt", "empty", "fixed", "halfEven", "no minor unit", "discounted to zero"])
    }
}
