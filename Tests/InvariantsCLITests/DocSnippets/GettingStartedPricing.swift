import Foundation
import Invariants

struct Line: Codable, Sendable, Equatable {
    var sku: String
    var unitPrice: Decimal
    var quantity: Int
}

struct Cart: Codable, Sendable, Equatable {
    var lines: [Line]
    var currency: String
    var taxExempt: Bool
}

struct Quote: Codable, Sendable, Equatable {
    var total: Decimal
    var tax: Decimal
    var currency: String
    var lineTotals: [Decimal]
}

enum PricingEngine {
    static let taxRate: Decimal = 0.2

    static func quote(_ cart: Cart) -> Quote {
        let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
        let subtotal = lineTotals.reduce(0, +)
        let tax = subtotal * taxRate  // the bug: tax-exempt carts are taxed too
        return Quote(total: subtotal + tax, tax: tax, currency: cart.currency, lineTotals: lineTotals)
    }
}

let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
    Invariant("total-covers-lines", severity: .critical) { _, quote in
        quote.total >= quote.lineTotals.reduce(0, +)
    }
    Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
    Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    When({ cart, _ in cart.taxExempt }) {
        Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
    }
    ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
}
