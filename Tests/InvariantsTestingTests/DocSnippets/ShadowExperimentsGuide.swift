import Foundation
import Invariants

struct Line: Codable, Sendable { var sku: String; var unitPrice: Decimal; var quantity: Int }
struct Cart: Codable, Sendable { var lines: [Line]; var currency: String; var taxExempt: Bool }
struct Quote: Codable, Sendable, Equatable { var total: Decimal; var tax: Decimal; var currency: String }

func cents(_ value: Decimal) -> Decimal {
    var value = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 2, .plain)
    return rounded
}

/// Today's code, written by a person: tax on the subtotal, rounded once.
enum LegacyPricing {
    static func quote(_ cart: Cart) throws -> Quote {
        let subtotal = cart.lines.reduce(Decimal(0)) { $0 + $1.unitPrice * Decimal($1.quantity) }
        let tax = cart.taxExempt ? 0 : cents(subtotal * Decimal(string: "0.2")!)
        return Quote(total: subtotal + tax, tax: tax, currency: cart.currency)
    }
}

/// The generated rewrite: rounds the tax of every line, so some carts are a cent off.
enum GeneratedPricing {
    static func quote(_ cart: Cart) throws -> Quote {
        let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
        let tax = cart.taxExempt ? 0 : lineTotals.map { cents($0 * Decimal(string: "0.2")!) }.reduce(0, +)
        return Quote(total: lineTotals.reduce(0, +) + tax, tax: tax, currency: cart.currency)
    }
}

let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
    Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
    Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    When({ cart, _ in cart.taxExempt }) {
        Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
    }
}
