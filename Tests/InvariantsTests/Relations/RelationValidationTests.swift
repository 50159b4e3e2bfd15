import Foundation
import Testing

@testable import Invariants

/// `validated(_:_:relating:)` reports what `relating` would stop the program for, as an error naming the
/// set and the id.
struct RelationValidationTests {
    private typealias Set = InvariantSet<Basket, Quote>

    private func problem(_ build: () throws -> Set) -> String? {
        do {
            _ = try build()
            return nil
        } catch {
            return (error as? InvalidInvariantSet)?.description ?? "not an InvalidInvariantSet: \(error)"
        }
    }

    @Test func invalidRelationIdsAreErrorsNamingTheSetAndTheId() {
        #expect(
            problem {
                try .validated("pricing.quote") {
                    Expect(\.tax, "tax") { $0 >= 0 }
                } relating: {
                    Deterministic("")
                }
            } == "InvariantSet 'pricing.quote': Deterministic: a rule id must not be empty")
        #expect(
            problem {
                try .validated("pricing.quote") {
                    Expect(\.tax, "tax") { $0 >= 0 }
                } relating: {
                    Deterministic("same/quote")
                }
            } == "InvariantSet 'pricing.quote': Deterministic 'same/quote': a rule id must not contain '/'")
    }

    @Test func aRelationIdARuleOrRelationHasIsAnErrorNamingTheId() {
        #expect(
            problem {
                try .validated("pricing.quote") {
                    Expect(\.tax, "tax") { $0 >= 0 }
                } relating: {
                    Deterministic("tax")
                }
            }
                == "InvariantSet 'pricing.quote': the relation id 'pricing.quote/tax' is already used by a rule or "
                + "relation of the set; give it another id")
        #expect(
            problem {
                try .validated("pricing.quote") {
                    Expect(\.tax, "tax") { $0 >= 0 }
                } relating: {
                    Deterministic("same")
                    Deterministic("same")
                }
            }
                == "InvariantSet 'pricing.quote': the relation id 'pricing.quote/same' is already used by a rule or "
                + "relation of the set; give it another id")
    }

    @Test func theRulesAreStillValidatedFirst() {
        #expect(
            problem {
                try .validated("pricing/quote") {
                    Expect(\.tax, "tax") { $0 >= 0 }
                } relating: {
                    Deterministic("d")
                }
            } == "InvariantSet 'pricing/quote': a set id must not contain '/'")
    }

    @Test func aValidSetHasItsRelationsAndTheirProductionHook() throws {
        let set = try Set.validated("pricing.quote") {
            Expect(\.tax, "tax") { $0 >= 0 }
        } relating: {
            Deterministic("same-basket-same-quote")
        }
        #expect(set.rules.map(\.id) == ["pricing.quote/tax"])
        #expect(set.relations.map(\.descriptor.id) == ["pricing.quote/same-basket-same-quote"])
        #expect(set.relations.map(\.descriptor.ordinal) == [0])
        // Sendable inputs and outputs: the relations can run in production, as with `relating`.
        #expect(set.relationList.makeHook != nil)
    }
}
