import Foundation
import Invariants

/// A cart and quote like the ones the pricing examples in the docs use.
struct BasketLine: Codable, Sendable, Hashable {
    var sku: String
    var unitPrice: Decimal
    var quantity: Int
}

struct Basket: Codable, Sendable, Hashable {
    var lines: [BasketLine]
    var currency: String = "EUR"
    var taxExempt = false
    var couponCode: String?
    var paymentToken = "tok_live_SECRET123"

    var subtotal: Decimal { lines.reduce(0) { $0 + $1.unitPrice * Decimal($1.quantity) } }
}

struct Quote: Codable, Sendable, Hashable {
    var total: Decimal
    var tax: Decimal
    var currency: String
    var lineTotals: [Decimal]
}

enum Pricing {
    /// Correct: 20 % tax unless exempt.
    static func quote(_ cart: Basket) -> Quote {
        let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
        let subtotal = lineTotals.reduce(0, +)
        let tax = cart.taxExempt ? 0 : subtotal * Decimal(string: "0.2")!
        return Quote(total: subtotal + tax, tax: tax, currency: cart.currency, lineTotals: lineTotals)
    }

    /// The kind of bug the library exists for: an inverted condition charges exempt carts and
    /// gives everyone else a negative tax.
    static func buggyQuote(_ cart: Basket) -> Quote {
        var quote = quote(cart)
        if cart.taxExempt {
            quote.tax = quote.total * Decimal(string: "0.2")!
        } else {
            quote.tax = -quote.tax
            quote.total += 2 * quote.tax
        }
        return quote
    }
}

let quoteRules = InvariantSet<Basket, Quote>("pricing.quote") {
    Invariant("total-covers-lines", severity: .critical, owner: "payments", tags: ["money"]) { cart, quote in
        quote.total >= cart.subtotal
    }
    Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
    Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    When({ cart, _ in cart.taxExempt }) {
        Expect(\.tax, "exempt-pays-no-tax", severity: .warning) { $0 == 0 }
    }
    ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
}

let sampleBasket = Basket(lines: [
    BasketLine(sku: "book", unitPrice: 12.5, quantity: 2),
    BasketLine(sku: "pen", unitPrice: 1.2, quantity: 5),
])

struct RuleFailedOnPurpose: Error, CustomStringConvertible {
    var description: String { "lookup table unavailable" }
}
