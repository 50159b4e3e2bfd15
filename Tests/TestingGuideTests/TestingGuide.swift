import Foundation
import Invariants

struct Line: Codable, Sendable { var sku: String; var unitPrice: Decimal; var quantity: Int }
struct Cart: Codable, Sendable { var lines: [Line]; var currency: String; var taxExempt: Bool }
struct Quote: Codable, Sendable, Equatable {
    var total: Decimal
    var tax: Decimal
    var currency: String
    var lineTotals: [Decimal]
}

let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
    Invariant("total-covers-lines", severity: .critical) { cart, quote in quote.total >= quote.lineTotals.reduce(0, +) }
    Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
    Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    When({ cart, _ in cart.taxExempt }) {
        Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
    }
    ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
}
