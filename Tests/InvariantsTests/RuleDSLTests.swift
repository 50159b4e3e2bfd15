import Foundation
import Invariants
import Testing

struct RuleDSLTests {
    @Test func aCorrectQuotePassesEveryRule() {
        let outcome = quoteRules.check(sampleBasket, Pricing.quote(sampleBasket))
        #expect(outcome.hasPassed)
        #expect(outcome == .passed)
        #expect(outcome.description == "passed")
    }

    @Test func theSeededBugBreaksTheMoneyRulesWithReadableMessages() {
        let outcome = quoteRules.check(sampleBasket, Pricing.buggyQuote(sampleBasket))
        #expect(
            outcome.violations.map(\.invariantID) == [
                "pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative",
            ])
        #expect(outcome.violations.map(\.message) == ["does not hold", "\\Quote.tax was -6.2"])
        #expect(outcome.highestSeverity == .critical)
        #expect(
            outcome.description
                == "✗ pricing.quote/total-covers-lines [critical]: does not hold\n"
                + "✗ pricing.quote/tax-non-negative [error]: \\Quote.tax was -6.2"
        )
    }

    @Test func whenAppliesItsRulesOnlyIfTheConditionHolds() {
        var exempt = sampleBasket
        exempt.taxExempt = true
        let outcome = quoteRules.check(exempt, Pricing.buggyQuote(exempt))
        #expect(outcome.violations.map(\.invariantID) == ["pricing.quote/exempt-pays-no-tax"])
        #expect(outcome.violations.first?.severity == .warning)
    }

    @Test func forEachNamesTheFirstFailingIndexAndCountsFailures() {
        var quote = Pricing.quote(sampleBasket)
        quote.lineTotals = [1, -2, 3, -4]
        let outcome = quoteRules.check(sampleBasket, quote)
        #expect(outcome.violations.map(\.message) == ["\\Quote.lineTotals[1] was -2 (2 of 4 elements failed)"])
    }

    @Test func customMessagesRenderOnlyOnFailureWithObservedValues() {
        let rules = InvariantSet<Basket, Quote>("pricing.currency") {
            Invariant("same-currency", message: { cart, quote in "\(cart.currency) became \(quote.currency)" }) {
                cart, quote in cart.currency == quote.currency
            }
        }
        var quote = Pricing.quote(sampleBasket)
        #expect(rules.check(sampleBasket, quote).hasPassed)
        quote.currency = "USD"
        #expect(rules.check(sampleBasket, quote).violations.map(\.message) == ["EUR became USD"])
    }

    @Test func anyOfHoldsWhenOneAlternativeHoldsAndNamesThemWhenNone() {
        let rules = InvariantSet<Basket, Quote>("pricing.tax") {
            AnyOf("exempt-or-taxed") {
                Invariant("exempt") { cart, _ in cart.taxExempt }
                AllOf {
                    Expect(\.tax, "taxed") { $0 > 0 }
                    Expect(\.total, "positive") { $0 > 0 }
                }
            }
        }
        #expect(rules.check(sampleBasket, Pricing.quote(sampleBasket)).hasPassed)
        var untaxed = Pricing.quote(sampleBasket)
        untaxed.tax = 0
        #expect(
            rules.check(sampleBasket, untaxed).violations.map(\.message) == [
                "no alternative held (exempt, taxed failed; positive held)"
            ])
        #expect(rules.rules.map(\.id) == ["pricing.tax/exempt-or-taxed"])
        #expect(rules.rules.map(\.kind) == ["AnyOf"])
    }

    @Test func notFailsWhenItsContentHolds() {
        let rules = InvariantSet<Basket, Quote>("pricing.free") {
            Not("never-free", severity: .critical) {
                Expect(\.total, "zero-total") { $0 == 0 }
            }
        }
        #expect(rules.check(sampleBasket, Pricing.quote(sampleBasket)).hasPassed)
        let free = Quote(total: 0, tax: 0, currency: "EUR", lineTotals: [])
        #expect(rules.check(sampleBasket, free).violations.map(\.message) == ["held, but must not (zero-total)"])
    }

    @Test func ifElseAndForAreEvaluatedWhenTheSetIsBuilt() {
        func rules(strict: Bool, limits: [Decimal]) -> InvariantSet<Basket, Quote> {
            InvariantSet("pricing.limits") {
                if strict {
                    Expect(\.tax, "strict-tax") { $0 > 0 }
                } else {
                    Expect(\.tax, "lenient-tax") { $0 >= 0 }
                }
                if strict {
                    Invariant("strict-currency") { _, quote in quote.currency == "EUR" }
                }
                for limit in limits {
                    Expect(\.total, "below-\(limit)") { $0 <= limit }
                }
            }
        }
        let strict = rules(strict: true, limits: [10, 1000])
        #expect(strict.rules.map(\.ruleID) == ["strict-tax", "strict-currency", "below-10", "below-1000"])
        #expect(strict.check(sampleBasket, Pricing.quote(sampleBasket)).violations.map(\.ruleID) == ["below-10"])
        let lenient = rules(strict: false, limits: [])
        #expect(lenient.rules.map(\.ruleID) == ["lenient-tax"])
    }

    @Test func anEmptySetPassesEverything() {
        let rules = InvariantSet<Basket, Quote>("empty") {}
        #expect(rules.rules.isEmpty)
        #expect(rules.check(sampleBasket, Pricing.buggyQuote(sampleBasket)).hasPassed)
    }

    @Test func ruleThatThrowsIsARuleErrorNotAThrow() {
        let rules = InvariantSet<Basket, Quote>("pricing.lookup") {
            Invariant("tax-matches-table") { _, _ in throw RuleFailedOnPurpose() }
            AnyOf("any-lookup") {
                Invariant("lookup") { _, _ in throw RuleFailedOnPurpose() }
            }
        }
        let outcome = rules.check(sampleBasket, Pricing.quote(sampleBasket))
        #expect(outcome.ruleErrors.count == 2)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.violations.map(\.ruleError) == ["lookup table unavailable", "lookup table unavailable"])
        #expect(outcome.violations.first?.message == "rule threw an error: lookup table unavailable")
    }

    @Test func secretLookingFieldsAreNeverShownInMessages() {
        struct Session: Sendable { var apiToken: String }
        let rules = InvariantSet<Int, Session>("auth.session") {
            Expect(\.apiToken, "token-prefixed") { $0.hasPrefix("tok_") }
        }
        let outcome = rules.check(1, Session(apiToken: "sk_live_DO_NOT_LEAK"))
        #expect(outcome.violations.map(\.message) == ["\\Session.apiToken was [Filtered]"])
    }

    @Test func computedFieldsAreReadThroughTheKeyPath() {
        struct Box: Sendable {
            var values: [Int]
            var count: Int { values.count }
        }
        let rules = InvariantSet<Int, Box>("box") {
            Expect(\.count, "small") { $0 < 3 }
        }
        #expect(rules.check(0, Box(values: [1, 2])).hasPassed)
        #expect(rules.check(0, Box(values: [1, 2, 3])).violations.map(\.message) == ["\\Box.<computed Int> was 3"])
    }
}
