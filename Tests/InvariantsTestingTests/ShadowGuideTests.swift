import Foundation
import InvariantsTesting
import Testing

/// The code of Docs/ShadowExperiments.md, compiled and run: keep the two in step.
enum ShadowGuide {
    struct Line: Codable, Sendable { var sku: String; var unitPrice: Decimal; var quantity: Int }
    struct Cart: Codable, Sendable { var lines: [Line]; var currency: String; var taxExempt: Bool }
    struct Quote: Codable, Sendable, Equatable { var total: Decimal; var tax: Decimal; var currency: String }

    static func cents(_ value: Decimal) -> Decimal {
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

    /// The generated rewrite: reads better, but rounds the tax of every line, so some carts are a cent off.
    enum GeneratedPricing {
        static func quote(_ cart: Cart) throws -> Quote {
            let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
            let tax = cart.taxExempt ? 0 : lineTotals.map { cents($0 * Decimal(string: "0.2")!) }.reduce(0, +)
            return Quote(total: lineTotals.reduce(0, +) + tax, tax: tax, currency: cart.currency)
        }
    }

    static let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
        Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
        Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        When({ cart, _ in cart.taxExempt }) {
            Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
        }
    }

    static let cart: Gen<Cart> = {
        let line = Gen.zip(
            Gen.element(of: ["book", "pen", "lamp"]), Gen.decimal(in: 0...50, scale: 2), .int(in: 1...4)
        )
        .map { Line(sku: $0, unitPrice: $1, quantity: $2) }
        return Gen.zip(line.array(count: 1...4), Gen.element(of: ["EUR", "USD"]), .bool)
            .map { Cart(lines: $0, currency: $1, taxExempt: $2) }
    }()
}

struct ShadowGuideTests {
    typealias Cart = ShadowGuide.Cart
    typealias Line = ShadowGuide.Line

    /// Two lines whose taxes (0.206 each) round up one by one but not together.
    static let centOff = Cart(
        lines: [Line(sku: "pen", unitPrice: 1.03, quantity: 1), Line(sku: "pen", unitPrice: 1.03, quantity: 1)],
        currency: "EUR", taxExempt: false)

    @Test func stepOneShadowTheRewrite() async throws {
        let journal = MemorySink()
        let monitor = InvariantMonitor(sampler: .always, sinks: [journal])
        let quote = monitor.experiment(
            "pricing.quote.v2",
            control: ShadowGuide.LegacyPricing.quote,
            candidate: ShadowGuide.GeneratedPricing.quote,
            sampler: .ratio(1),
            rules: ShadowGuide.quoteRules,
            options: ExperimentOptions(
                timeout: .milliseconds(200),
                controlOrigin: .human(commit: "1a2b3c4"),
                candidateOrigin: .generated(by: "assistant-model-2026-10", prompt: "sha256:9f2c41d7")))

        let q = try quote(Self.centOff)
        #expect(q == (try ShadowGuide.LegacyPricing.quote(Self.centOff)))
        for cart in ShadowGuide.cart.sample(count: 200, seed: 7) { _ = try quote(cart) }
        await monitor.flush()

        let counts = quote.counts
        #expect(counts.sampled == 201 && counts.concluded + counts.skipped == 201)
        #expect(counts.mismatched >= 1 && counts.candidateErrors == 0)
        let centOffInput = try JSONValue.encoding(Self.centOff)
        let first = try #require(
            journal.records(for: "pricing.quote.v2/mismatch").first { $0.input.value == centOffInput })
        #expect(first.comparison?.differences.map(\.description) == ["tax: 0.41 → 0.42", "total: 2.47 → 2.48"])
        #expect(first.origin.model == "assistant-model-2026-10")
    }

    @Test func stepOneAcceptAKnownDifferenceUntilADate() async throws {
        let monitor = InvariantMonitor(sampler: .always, sinks: [])
        let quote = monitor.experiment(
            "pricing.quote.v2",
            control: ShadowGuide.LegacyPricing.quote,
            candidate: ShadowGuide.GeneratedPricing.quote,
            ignore: { control, candidate in abs(candidate.total - control.total) <= Decimal(string: "0.02")! },
            ignoreUntil: ISO8601DateFormatter().date(from: "2100-01-31T00:00:00Z"),
            options: ExperimentOptions(execution: .inline))
        _ = try quote(Self.centOff)
        #expect(quote.counts.ignored == 1 && quote.counts.mismatched == 0)
    }

    @Test func stepTwoPinTheBehaviourThenCheckTheRewrite() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "guide-\(UUID().uuidString)/quote.jsonl")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try Baseline.record(ShadowGuide.LegacyPricing.quote, over: ShadowGuide.cart, count: 300, seed: 2026, to: url)
        expectMatchesBaseline(ShadowGuide.LegacyPricing.quote, baseline: url, record: false)
        expectMatchesBaseline(
            ShadowGuide.GeneratedPricing.quote, baseline: url, tolerance: .absolute(0.02), record: false)
        let pinned = try Baseline(contentsOf: url)
        let comparison = try pinned.rerun(ShadowGuide.GeneratedPricing.quote).compared(to: pinned)
        #expect(!comparison.isIdentical)
        #expect(Set(comparison.fieldCounts.map(\.field)) == ["tax", "total"])
    }
}
