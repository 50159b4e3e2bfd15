import Foundation
import Invariants
import Testing

/// The types the relations section of Docs/WritingRules.md assumes: a cart whose quote has a subtotal, a
/// discount, a tax and a score.
enum RelationsGuide {
    struct Line: Codable, Sendable, Equatable {
        var sku: String
        var price: Decimal
        static let sample = Line(sku: "sample", price: 5)
    }
    struct Cart: Codable, Sendable, Equatable {
        var lines: [Line]
        func adding(_ line: Line) -> Cart { Cart(lines: lines + [line]) }
    }
    struct Quote: Codable, Sendable, Equatable {
        var subtotal: Decimal
        var discountTotal: Decimal
        var taxTotal: Decimal
        var total: Decimal
        var score: Double
    }
    /// Correct: a tenth off every line above 10, tax on what is left.
    struct PricingEngine {
        func quote(_ cart: Cart) throws -> Quote {
            let subtotal = cart.lines.reduce(Decimal(0)) { $0 + $1.price }
            let discount = cart.lines.filter { $0.price > 10 }.reduce(Decimal(0)) { $0 + $1.price / 10 }
            let tax = (subtotal - discount) / 5
            return Quote(
                subtotal: subtotal, discountTotal: discount, taxTotal: tax, total: subtotal - discount + tax,
                score: Double(cart.lines.count))
        }
    }
    /// The generated rewrite: the discount is taken off the first eligible line only.
    struct GeneratedEngine {
        func quote(_ cart: Cart) throws -> Quote {
            let subtotal = cart.lines.reduce(Decimal(0)) { $0 + $1.price }
            let discount = cart.lines.first { $0.price > 10 }.map { $0.price / 10 } ?? 0
            let tax = (subtotal - discount) / 5
            return Quote(
                subtotal: subtotal, discountTotal: discount, taxTotal: tax, total: subtotal - discount + tax,
                score: Double(cart.lines.count))
        }
    }
}

struct WritingRulesRelationsGuideTests {
    typealias Cart = RelationsGuide.Cart
    typealias Quote = RelationsGuide.Quote
    typealias PricingEngine = RelationsGuide.PricingEngine

    static func relationRules() -> InvariantSet<Cart, Quote> {
        let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
            Invariant("total-adds-up", severity: .critical) { _, q in
                q.total == q.subtotal - q.discountTotal + q.taxTotal
            }
        }.relating {
            Metamorphic(
                "line-order-independent", severity: .critical, owner: "payments",
                seededTransform: { cart, random in
                    var reordered = cart
                    reordered.lines.shuffle(using: &random)  // draw only from `random`: the seed rebuilds it
                    return reordered
                }
            ) { original, reordered in
                original.output.subtotal == reordered.output.subtotal
                    && original.output.discountTotal == reordered.output.discountTotal
            }
            Metamorphic("adding-a-line-never-lowers-the-subtotal", transform: { $0.adding(.sample) }) {
                original, larger in
                larger.output.subtotal >= original.output.subtotal
            }
            Deterministic("same-cart-same-quote")  // Quote: Equatable
            Deterministic("same-total", comparing: { $0.total })  // modulo a projection
            Deterministic("stable-score", comparing: { $0.score }, tolerance: 1e-9)  // within a tolerance
        }
        let relationIDs = quoteRules.relations.map(\.descriptor.id)  // ["pricing.quote/line-order-independent", …]
        #expect(relationIDs.first == "pricing.quote/line-order-independent" && relationIDs.count == 5)
        return quoteRules
    }

    @Test func relationsAreDeclaredBesideTheRules() {
        let quoteRules = Self.relationRules()
        #expect(quoteRules.relations.first?.descriptor.severity == .critical)
        #expect(quoteRules.check(Cart(lines: [.sample]), try! PricingEngine().quote(Cart(lines: [.sample]))).hasPassed)
    }

    @Test func aGuardRerunsAPureFunctionOnSampledCalls() async throws {
        let quoteRules = Self.relationRules()
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)

        let quote = monitor.guarded(quoteRules, relations: .rerun(.pure, sampler: .ratio(0.01))) { cart in
            try PricingEngine().quote(cart)
        }

        let cart = Cart(lines: [.init(sku: "a", price: 20), .init(sku: "b", price: 30)])
        #expect(try quote(cart) == (try PricingEngine().quote(cart)))
        #expect(await monitor.shutdown())
        #expect(memory.records.isEmpty, "the correct engine breaks no relation")
    }

    @Test func theLineOrderRelationCatchesTheGeneratedRewrite() async throws {
        let quoteRules = Self.relationRules()
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)
        let quote = monitor.guarded(quoteRules, relations: .rerun(.pure, sampler: .ratio(1))) { cart in
            try RelationsGuide.GeneratedEngine().quote(cart)
        }
        let cart = Cart(lines: (1...6).map { .init(sku: "l\($0)", price: Decimal(5 * $0)) })
        for _ in 0..<20 { _ = try quote(cart) }
        #expect(await monitor.flush())
        #expect(await monitor.shutdown())
        #expect(memory.records.contains { $0.invariantID == "pricing.quote/line-order-independent" })
    }
}
