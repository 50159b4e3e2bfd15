import Foundation
import Invariants

// The declarations of Docs/WritingRules.md, verbatim (DocSnippetTests checks); it uses the pricing types of
// GettingStarted (GettingStartedPricing.swift). WritingRulesGuideTests runs the rest.

struct AuthRequest: Codable, Sendable {
    var userID: String
    var tenant: String
    var suspended: Bool
    var requestedScopes: Set<String>
}

struct Decision: Codable, Sendable {
    var granted: Bool
    var tenant: String
    var scopes: Set<String>
    var reason: String?
}

/// The thrown error of the guide's "Rule errors" example.
struct RateTableMissing: Error {}

/// Another set that checkoutRules includes.
let roundingRules = InvariantSet<Cart, Quote>("pricing.rounding") {
    ForEach(\.lineTotals, "line-totals-in-cents") { $0 == cents($0) }
}

/// `value` rounded to cents.
func cents(_ value: Decimal) -> Decimal {
    var value = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 2, .plain)
    return rounded
}

let checkoutRules = InvariantSet<Cart, Quote>("checkout") {
    quoteRules  // keeps its ids: "pricing.quote/…"
    roundingRules
    Invariant("non-empty-quote", severity: .info) { cart, quote in cart.lines.isEmpty || !quote.lineTotals.isEmpty }
}
let checkoutIDs = checkoutRules.rules.map(\.id)
// ["pricing.quote/total-covers-lines", …, "pricing.rounding/line-totals-in-cents", "checkout/non-empty-quote"]
