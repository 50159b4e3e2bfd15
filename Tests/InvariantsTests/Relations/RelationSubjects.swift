import Foundation
import Invariants
import Synchronization

/// Pricing rewrites whose bugs no single call shows, and the relations that catch them.
enum RelationPricing {
    /// A rewrite that drops the last line of carts with more than two lines: every single-call rule that
    /// compares the quote with itself still holds.
    static func droppingLastLine(_ cart: Basket) -> Quote {
        var shortened = cart
        if shortened.lines.count > 2 { shortened.lines.removeLast() }
        var quote = Pricing.quote(shortened)
        quote.lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
        return quote
    }

    /// Calls made so far, to show that a guard without opt-in never calls the function twice.
    static let calls = Atomic<Int>(0)
}

/// The quote rules of the tests, plus relations.
let relatedQuoteRules = InvariantSet<Basket, Quote>("pricing.quote") {
    Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
}.relating {
    Metamorphic(
        "order-independent", severity: .critical, owner: "payments", tags: ["money"],
        seededTransform: { cart, random in
            var reordered = cart
            reordered.lines.shuffle(using: &random)
            return reordered
        }
    ) { original, reordered in original.output.total == reordered.output.total }
    Deterministic("same-basket-same-quote")
}

/// A recommender whose pick depends on `Set` order: the same SKUs, a different pick from call to call.
enum Recommender {
    static func pick(_ skus: [String]) -> String {
        Set(skus).first ?? ""
    }

    static func sortedPick(_ skus: [String]) -> String {
        skus.min() ?? ""
    }

    static let rules = InvariantSet<[String], String>("recs.pick") {
        Invariant("picks-a-given-sku") { skus, pick in skus.isEmpty || skus.contains(pick) }
    }.relating {
        Deterministic("same-skus-same-pick")
    }
}

/// Ten seeded streams of traffic: request ids and SKU lists drawn from a seeded generator.
struct TrafficStream {
    var random: RelationRandom

    init(seed: UInt64) {
        random = RelationRandom(seed: RelationSeed(seed))
    }

    mutating func nextRequest() -> (requestID: String, skus: [String]) {
        let count = Int.random(in: 4...8, using: &random)
        let skus = (0..<count).map { _ in "sku-\(Int.random(in: 0..<50, using: &random))" }
        return ("req-\(random.next())", skus)
    }
}
