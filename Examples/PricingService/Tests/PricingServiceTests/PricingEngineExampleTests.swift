import Invariants
import PricingService
import Testing

struct PricingEngineExampleTests {
    static let engine = PricingEngine()

    static func cart(
        _ currency: Currency, exempt: Bool = false, _ lines: [LineItem], discounts: [Discount] = []
    ) -> Cart {
        Cart(
            id: "c", currency: currency, customer: Customer(id: "u", taxExempt: exempt), lines: lines,
            discounts: discounts)
    }

    @Test func eurosRoundTaxTiesToEvenAndDollarsRoundThemUp() throws {
        let bread = LineItem(sku: "bread", category: .food, unitPrice: 50, quantity: 1)  // 9 % of 0.50 = 4.5 cents
        #expect(try Self.engine.quote(Self.cart(.eur, [bread])).taxTotal == 4)
        #expect(try Self.engine.quote(Self.cart(.usd, [bread])).taxTotal == 5)
        #expect(try PricingEngine.generated.quote(Self.cart(.eur, [bread])).taxTotal == 5)
    }

    @Test func aFixedDiscountIsSharedOutExactlyAndNeverBelowZero() throws {
        let lines = (1...3).map { LineItem(sku: "pen\($0)", category: .general, unitPrice: 100, quantity: 1) }
        let quote = try Self.engine.quote(
            Self.cart(.eur, lines, discounts: [Discount(code: "X", kind: .fixed(amount: 100))]))
        #expect(quote.lines.map(\.discount) == [34, 33, 33])
        let capped = try Self.engine.quote(
            Self.cart(.eur, lines, discounts: [Discount(code: "Y", kind: .fixed(amount: 900))]))
        #expect(capped.lines.map(\.net) == [0, 0, 0])
        #expect(capped.total == 0)
    }

    @Test func anExemptCustomerPaysNoTaxAndAGiftCardIsNeverTaxed() throws {
        let lamp = LineItem(sku: "lamp", category: .general, unitPrice: 4_999, quantity: 2)
        let gift = LineItem(sku: "gift", category: .giftCard, unitPrice: 2_500, quantity: 1)
        let exempt = try Self.engine.quote(Self.cart(.gbp, exempt: true, [lamp, gift]))
        #expect(exempt.taxTotal == 0)
        #expect(exempt.total == 12_498)
        let taxed = try Self.engine.quote(Self.cart(.gbp, [lamp, gift]))
        #expect(taxed.lines.map(\.tax) == [2_100, 0])  // 21 % of 99.98 = 20.9958 → 21.00
        #expect(PricingRules.quote.check(Self.cart(.gbp, [lamp, gift]), taxed).hasPassed)
    }

    @Test func badCartsAreRejectedWithTheLineOrPromotionNamed() {
        let zero = LineItem(sku: "lamp", category: .general, unitPrice: 100, quantity: 0)
        #expect(throws: PricingError.invalidLine(index: 0, sku: "lamp", reason: "quantity 0 is not in 1...10000")) {
            try Self.engine.quote(Self.cart(.eur, [zero]))
        }
        let tooMuch = Discount(code: "ALL", kind: .percentage(basisPoints: 12_000))
        #expect(throws: PricingError.invalidDiscount(code: "ALL", reason: "12000 basis points is not in 0...10000")) {
            try Self.engine.quote(Self.cart(.eur, [], discounts: [tooMuch]))
        }
        #expect(throws: PricingError.unsupportedCurrency("XXX")) { try Currency(code: "XXX") }
    }

    @Test func amountsAreFormattedInTheCurrencysMinorUnits() {
        #expect(Currency.eur.format(1_234) == "12.34 EUR")
        #expect(Currency.eur.format(-5) == "-0.05 EUR")
        #expect(Currency.jpy.format(1_234) == "1234 JPY")
        #expect(Currency.kwd.format(1_500) == "1.500 KWD")
    }
}
