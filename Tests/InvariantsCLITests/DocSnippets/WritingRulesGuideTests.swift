import Foundation
import Invariants
import Testing

/// The code of Docs/WritingRules.md, compiled and run (DocSnippetTests checks that each block is here verbatim).
struct WritingRulesGuideTests {
    /// An exempt cart the guide's buggy engine taxes: 1.2 on a subtotal of 6.
    static let cart = Cart(lines: [Line(sku: "pen", unitPrice: 1.2, quantity: 5)], currency: "EUR", taxExempt: true)

    static let request = AuthRequest(userID: "u1", tenant: "acme", suspended: false, requestedScopes: ["read"])

    /// The messages of the failing rules of `rules` on one call.
    static func messages<Input, Output>(
        _ rules: InvariantSet<Input, Output>, _ input: Input, _ output: Output
    )
        -> [String]
    {
        rules.check(input, output).violations.map(\.message)
    }

    @Test func theSetChecksACallAndSaysWhatFailed() {
        let cart = Self.cart
        let quote = PricingEngine.quote(cart)

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

        let outcome = quoteRules.check(cart, quote)  // CheckOutcome
        let passed = outcome.hasPassed  // false
        let ids = outcome.violations.map(\.invariantID)  // ["pricing.quote/exempt-pays-no-tax"]
        print(outcome)  // ✗ pricing.quote/exempt-pays-no-tax [error]: \Quote.tax was 1.2

        #expect(!passed)
        #expect(ids == ["pricing.quote/exempt-pays-no-tax"])
        #expect("\(outcome)" == "✗ pricing.quote/exempt-pays-no-tax [error]: \\Quote.tax was 1.2")
        #expect(quoteRules.check(cart, quote, selection: .severities([.critical])).hasPassed)
    }

    @Test func invariantsWithAndWithoutAMessage() {
        let allowedScopes: Set<String> = ["read", "write"]
        let rules = InvariantSet<AuthRequest, Decision>("auth.decision") {
            Invariant("no-cross-tenant-grant", severity: .critical, tags: ["tenancy"]) { request, decision in
                !decision.granted || decision.tenant == request.tenant
            }
            Invariant(
                "scopes-within-request",
                message: { request, decision in
                    "granted \(decision.scopes.subtracting(request.requestedScopes).sorted()) beyond the request"
                }
            ) { request, decision in
                decision.scopes.isSubset(of: request.requestedScopes.intersection(allowedScopes))
            }
        }
        let crossTenant = Decision(granted: true, tenant: "other", scopes: ["read", "admin"], reason: nil)
        #expect(
            Self.messages(rules, Self.request, crossTenant) == [
                "does not hold", "granted [\"admin\"] beyond the request",
            ])
        let fine = Decision(granted: true, tenant: "acme", scopes: ["read"], reason: nil)
        #expect(rules.check(Self.request, fine).hasPassed)
    }

    @Test func expectForEachAndWhenNameTheField() {
        let rules = InvariantSet<Cart, Quote>("pricing.quote") {
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }  // message: "\Quote.tax was -0.01"
            ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
            // message: "\Quote.lineTotals[2] was -5 (1 of 4 elements failed)"
            When({ cart, _ in cart.taxExempt }) {
                Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
            }
        }
        let taxable = Cart(lines: [], currency: "EUR", taxExempt: false)
        let bad = Quote(total: 20, tax: -0.01, currency: "EUR", lineTotals: [10, 10, -5, 5])
        #expect(
            Self.messages(rules, taxable, bad) == [
                "\\Quote.tax was -0.01", "\\Quote.lineTotals[2] was -5 (1 of 4 elements failed)",
            ])
        let exempt = Cart(lines: [], currency: "EUR", taxExempt: true)
        let taxed = Quote(total: 1, tax: 1, currency: "EUR", lineTotals: [])
        #expect(rules.check(exempt, taxed).violations.map(\.invariantID) == ["pricing.quote/exempt-pays-no-tax"])
        #expect(rules.check(taxable, taxed).hasPassed)
    }

    @Test func notAndAnyOfAreOneRuleWithTheirOwnMessage() {
        let rules = InvariantSet<AuthRequest, Decision>("auth.decision") {
            Not("suspended-never-granted", severity: .critical, owner: "identity-team") {
                Invariant("suspended-and-granted") { request, decision in request.suspended && decision.granted }
            }
            // message when the content holds: "held, but must not (suspended-and-granted)"

            AnyOf("granted-or-explained") {
                Expect(\.granted, "granted") { $0 }
                Expect(\.reason, "has-reason") { $0 != nil }
            }
            // message when neither holds: "no alternative held (granted, has-reason failed)"

            AnyOf("denied-or-granted-in-tenant") {
                Expect(\.granted, "denied") { !$0 }
                AllOf {
                    Expect(\.granted, "granted") { $0 }
                    Invariant("same-tenant") { request, decision in decision.tenant == request.tenant }
                }
            }
            // message for a request granted in another tenant: "no alternative held (denied, same-tenant failed; granted held)"
        }
        var suspended = Self.request
        suspended.suspended = true
        let granted = Decision(granted: true, tenant: "acme", scopes: [], reason: nil)
        #expect(Self.messages(rules, suspended, granted) == ["held, but must not (suspended-and-granted)"])
        let denied = Decision(granted: false, tenant: "acme", scopes: [], reason: nil)
        #expect(Self.messages(rules, Self.request, denied) == ["no alternative held (granted, has-reason failed)"])
        let elsewhere = Decision(granted: true, tenant: "other", scopes: [], reason: nil)
        #expect(
            Self.messages(rules, Self.request, elsewhere) == [
                "no alternative held (denied, same-tenant failed; granted held)"
            ])
        #expect(
            rules.rules.map(\.ruleID) == [
                "suspended-never-granted", "granted-or-explained", "denied-or-granted-in-tenant",
            ])
    }

    @Test func nestedSetsKeepTheirIdsAndRulesPrintWithTheirSeverity() {
        #expect(checkoutIDs.first == "pricing.quote/total-covers-lines")
        #expect(checkoutIDs.suffix(2) == ["pricing.rounding/line-totals-in-cents", "checkout/non-empty-quote"])
        #expect(checkoutIDs.count == quoteRules.rules.count + 2)

        for rule in checkoutRules.rules {
            print(rule)  // "pricing.quote/total-covers-lines [critical]", …, "checkout/non-empty-quote [info]"
        }

        #expect(checkoutRules.rules.first.map { "\($0)" } == "pricing.quote/total-covers-lines [critical]")
        #expect(checkoutRules.rules.last.map { "\($0)" } == "checkout/non-empty-quote [info]")
        let auth = InvariantSet<AuthRequest, Decision>("auth.decision") {
            Not("suspended-never-granted", severity: .critical, owner: "identity-team") {
                Invariant("suspended-and-granted") { request, decision in request.suspended && decision.granted }
            }
        }
        #expect(auth.rules.map { "\($0)" } == ["auth.decision/suspended-never-granted [critical] owner=identity-team"])
    }

    struct Limit: Sendable {
        var name: String
        var amount: Decimal
    }

    @Test func ifAndForRunOnceWhenTheSetIsBuilt() {
        let strictCurrencies = true
        let limits = [Limit(name: "retail", amount: 1_000), Limit(name: "wholesale", amount: 100_000)]

        let configuredRules = InvariantSet<Cart, Quote>("pricing.limits") {
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }
            if strictCurrencies {
                Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
            }
            for limit in limits {
                Expect(\.total, "below-\(limit.name)", severity: .warning) { $0 <= limit.amount }
            }
        }

        #expect(
            configuredRules.rules.map(\.ruleID) == [
                "tax-non-negative", "currency-preserved", "below-retail", "below-wholesale",
            ])
        let big = Quote(total: 5_000, tax: 0, currency: "EUR", lineTotals: [5_000])
        #expect(Self.messages(configuredRules, Self.cart, big) == ["\\Quote.total was 5000"])
    }

    @Test func aThrowingRuleIsARuleErrorNotAThrow() {
        let cart = Cart(lines: [Line(sku: "pen", unitPrice: 10, quantity: 1)], currency: "GBP", taxExempt: false)
        let quote = PricingEngine.quote(cart)

        let throwingRules = InvariantSet<Cart, Quote>("pricing.tax-table") {
            Invariant("tax-matches-table") { cart, quote in
                guard let rate = ["EUR": Decimal(0.2), "USD": Decimal(0.08)][cart.currency] else {
                    throw RateTableMissing()
                }
                return cart.taxExempt || quote.tax == quote.lineTotals.reduce(0, +) * rate
            }
        }
        let ruleErrors = throwingRules.check(cart, quote).ruleErrors  // one when the currency is not in the table

        #expect(ruleErrors.count == 1)
        #expect(ruleErrors.first?.message.hasPrefix("rule threw an error: ") == true)
        var euro = cart
        euro.currency = "EUR"
        #expect(throwingRules.check(euro, PricingEngine.quote(euro)).hasPassed, "the table's rate is the engine's")
    }

    @Test func validatedThrowsForADuplicateId() {
        do {
            let rules = try InvariantSet<Cart, Quote>.validated("pricing.quote") {
                Expect(\.tax, "tax") { $0 >= 0 }
                Expect(\.total, "tax") { $0 >= 0 }
            }
            print(rules.rules.count)
        } catch {
            print(error)
            // InvariantSet 'pricing.quote': duplicate rule id 'pricing.quote/tax' (2 times); every rule needs its own id
        }

        #expect {
            _ = try InvariantSet<Cart, Quote>.validated("pricing.quote") {
                Expect(\.tax, "tax") { $0 >= 0 }
                Expect(\.total, "tax") { $0 >= 0 }
            }
        } throws: { error in
            "\(error)"
                == "InvariantSet 'pricing.quote': duplicate rule id 'pricing.quote/tax' (2 times); every rule needs its own id"
        }
    }
}
