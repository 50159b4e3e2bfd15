import Foundation
import Invariants
import Testing

struct RuleSetStructureTests {
    @Test func descriptorsListEveryRuleWithoutRunningAnything() {
        #expect(
            quoteRules.rules.map(\.id) == [
                "pricing.quote/total-covers-lines", "pricing.quote/currency-preserved",
                "pricing.quote/tax-non-negative",
                "pricing.quote/exempt-pays-no-tax", "pricing.quote/line-totals-non-negative",
            ]
        )
        let first = quoteRules.rules[0]
        #expect(first.setID == "pricing.quote")
        #expect(first.ruleID == "total-covers-lines")
        #expect(first.severity == .critical)
        #expect(first.owner == "payments")
        #expect(first.tags == ["money"])
        #expect(first.kind == "Invariant")
        #expect(quoteRules.rules.map(\.ordinal) == [0, 1, 2, 3, 4])
        #expect(first.description == "pricing.quote/total-covers-lines [critical] owner=payments tags=money")
        #expect(quoteRules.rule("pricing.quote/tax-non-negative")?.kind == "Expect")
    }

    @Test func nestedSetsKeepTheirOwnIds() {
        let currencyRules = InvariantSet<Basket, Quote>("pricing.currency") {
            Invariant("same-currency") { cart, quote in cart.currency == quote.currency }
        }
        let all = InvariantSet<Basket, Quote>("pricing") {
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }
            currencyRules
        }
        #expect(all.rules.map(\.id) == ["pricing/tax-non-negative", "pricing.currency/same-currency"])
        #expect(all.rules.map(\.ordinal) == [0, 1])
        var quote = Pricing.quote(sampleBasket)
        quote.currency = "USD"
        quote.tax = -1
        let outcome = all.check(sampleBasket, quote)
        #expect(
            outcome.violations.map(\.invariantID) == ["pricing/tax-non-negative", "pricing.currency/same-currency"])
        #expect(outcome.violations.last?.rule.setID == "pricing.currency")
    }

    @Test func duplicateRuleIdsAreAClearErrorNamingTheId() {
        #expect(throws: InvalidInvariantSet.self) {
            try InvariantSet<Basket, Quote>.validated("pricing.quote") {
                Expect(\.tax, "tax") { $0 >= 0 }
                Expect(\.total, "tax") { $0 >= 0 }
            }
        }
        do {
            _ = try InvariantSet<Basket, Quote>.validated("pricing.quote") {
                Expect(\.tax, "tax") { $0 >= 0 }
                Expect(\.total, "tax") { $0 >= 0 }
                Expect(\.total, "tax") { $0 >= 0 }
            }
        } catch {
            #expect(
                error.description
                    == "InvariantSet 'pricing.quote': duplicate rule id 'pricing.quote/tax' (3 times); every rule needs its own id"
            )
        }
    }

    @Test func badSetIdsAreRejected() throws {
        do {
            _ = try InvariantSet<Basket, Quote>.validated("pricing/quote") { Expect(\.tax, "tax") { $0 >= 0 } }
            Issue.record("a set id with '/' was accepted")
        } catch {
            #expect(error.description == "InvariantSet 'pricing/quote': a set id must not contain '/'")
        }
        let valid = try InvariantSet<Basket, Quote>.validated("pricing.quote") { Expect(\.tax, "tax") { $0 >= 0 } }
        #expect(valid.rules.map(\.id) == ["pricing.quote/tax"])
    }

    @Test func everyInvalidIdThrowsFromValidated() {
        func problem(_ build: () throws -> InvariantSet<Basket, Quote>) -> String? {
            do {
                _ = try build()
                return nil
            } catch {
                return (error as? InvalidInvariantSet)?.description ?? "not an InvalidInvariantSet: \(error)"
            }
        }
        #expect(
            problem { try .validated("") { Expect(\.tax, "tax") { $0 >= 0 } } }
                == "InvariantSet '': a set id must not be empty")
        #expect(
            problem { try .validated("pricing.quote") { Expect(\.tax, "") { $0 >= 0 } } }
                == "InvariantSet 'pricing.quote': Expect: a rule id must not be empty")
        #expect(
            problem { try .validated("pricing.quote") { Invariant("tax/total") { _, _ in true } } }
                == "InvariantSet 'pricing.quote': Invariant 'tax/total': a rule id must not contain '/'")
        #expect(
            problem {
                try .validated("pricing.quote") {
                    AnyOf("either") { Expect(\.tax, "a/b") { $0 >= 0 } }
                }
            } == "InvariantSet 'pricing.quote': Expect 'a/b': a rule id must not contain '/'")
        let none = false
        #expect(
            problem {
                try .validated("pricing.quote") {
                    AnyOf("either") {
                        if none { Expect(\.tax, "tax") { $0 >= 0 } }
                    }
                }
            }?.hasPrefix("InvariantSet 'pricing.quote': AnyOf 'either': has no rules") == true)
    }

    @Test func buildingASetWithDuplicateIdsStopsWithTheMessage() async {
        await #expect(processExitsWith: .failure) {
            _ = InvariantSet<Basket, Quote>("pricing.quote") {
                Expect(\.tax, "tax") { $0 >= 0 }
                Expect(\.total, "tax") { $0 >= 0 }
            }
        }
    }

    @Test func selectionBySeverityChecksOnlyThoseRules() {
        let quote = Pricing.buggyQuote(sampleBasket)
        let critical = quoteRules.check(sampleBasket, quote, selection: .severities([.critical]))
        #expect(critical.violations.map(\.ruleID) == ["total-covers-lines"])
        let forced = quoteRules.check(sampleBasket, quote, selection: RuleSelection.none.including(ordinals: [2]))
        #expect(forced.violations.map(\.ruleID) == ["tax-non-negative"])
        #expect(quoteRules.check(sampleBasket, quote, selection: .none).hasPassed)
        #expect(RuleSelection.none.isEmpty)
        #expect(RuleSelection.all.isAll)
    }
}
