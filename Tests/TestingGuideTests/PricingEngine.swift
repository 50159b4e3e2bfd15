import Foundation

// The function Docs/Testing.md tests: GettingStarted's engine after its fix (no tax on exempt carts).
enum PricingEngine {
    static let taxRate: Decimal = 0.2

    static func quote(_ cart: Cart) -> Quote {
        let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
        let subtotal = lineTotals.reduce(0, +)
        let tax = cart.taxExempt ? 0 : subtotal * taxRate
        return Quote(total: subtotal + tax, tax: tax, currency: cart.currency, lineTotals: lineTotals)
    }
}

/// The engine before the fix: it taxes exempt carts too.
enum BuggyPricingEngine {
    static func quote(_ cart: Cart) -> Quote {
        PricingEngine.quote(Cart(lines: cart.lines, currency: cart.currency, taxExempt: false))
    }
}
