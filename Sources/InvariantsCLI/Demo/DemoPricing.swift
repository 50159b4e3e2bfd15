import Foundation
import Invariants

/// The demo's pricing domain: a cart, its quote, the rules, and a generated function with a bug.
enum DemoPricing {
    struct Line: Codable, Sendable {
        var sku: String
        var unitPrice: Decimal
        var quantity: Int
    }

    struct Cart: Codable, Sendable {
        var tenant: String
        var lines: [Line]
        var currency: String
        var taxExempt: Bool
        var cardNumber: String

        var subtotal: Decimal { lines.reduce(0) { $0 + $1.unitPrice * Decimal($1.quantity) } }
    }

    struct Quote: Codable, Sendable {
        var total: Decimal
        var tax: Decimal
        var currency: String
        var lineTotals: [Decimal]
    }

    static let rules = InvariantSet<Cart, Quote>("pricing.quote") {
        Invariant("total-covers-lines", severity: .critical, owner: "payments") { cart, quote in
            quote.total >= cart.subtotal
        }
        Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
        Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        When({ cart, _ in cart.taxExempt }) {
            Expect(\.tax, "exempt-pays-no-tax", severity: .critical) { $0 == 0 }
        }
        ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
    }

    /// Rewritten by an assistant "to simplify the exemption check": the condition is inverted for
    /// carts with more than two lines, so exempt customers with big carts are charged 20 % tax.
    static func quote(_ cart: Cart) -> Quote {
        let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
        let subtotal = lineTotals.reduce(0, +)
        let charged = cart.lines.count > 2 ? true : !cart.taxExempt
        var tax = charged ? subtotal * Decimal(string: "0.2")! : 0
        var rounded = Decimal()
        NSDecimalRound(&rounded, &tax, 2, .bankers)
        return Quote(total: subtotal + rounded, tax: rounded, currency: cart.currency, lineTotals: lineTotals)
    }
}
