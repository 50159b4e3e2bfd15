import Foundation
import Invariants
import InvariantsTesting
import Testing

/// The code of Docs/ReviewWorkflow.md, compiled and run: keep the two in step (DocSnippetTests checks).
enum ReviewWorkflowGuide {
    struct Cart: Codable, Sendable {
        var amount: Decimal
        var taxExempt: Bool
    }

    struct Quote: Codable, Sendable {
        var tax: Decimal
        var total: Decimal
    }

    /// The engine with the bug review finds: no tax on any cart.
    enum BuggyEngine {
        static func quote(_ cart: Cart) -> Quote { Quote(tax: 0, total: cart.amount) }
    }

    /// The engine after the fix: 8 % on taxable carts.
    enum PricingEngine {
        static func quote(_ cart: Cart) -> Quote {
            let tax = cart.taxExempt ? 0 : cart.amount * Decimal(string: "0.08")!
            return Quote(tax: tax, total: cart.amount + tax)
        }
    }

    static let looseRules = InvariantSet<Cart, Quote>("pricing.quote") {
        Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    }

    static let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
        Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        Invariant("taxable-carts-pay-tax") { cart, quote in cart.taxExempt || quote.tax > 0 }  // after review
    }
}

struct ReviewWorkflowGuideTests {
    typealias Cart = ReviewWorkflowGuide.Cart
    typealias PricingEngine = ReviewWorkflowGuide.PricingEngine
    typealias BuggyEngine = ReviewWorkflowGuide.BuggyEngine
    let quoteRules = ReviewWorkflowGuide.quoteRules

    @Test func routingCompilesAndRoutesCriticalViolations() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let journalURL = directory.appendingPathComponent("violations.jsonl")
        let reviewURL = directory.appendingPathComponent("review")

        let monitor = InvariantMonitor(
            sampler: .ratio(0.05).always(for: .critical),
            sinks: [.journal(at: journalURL)],
            review: ReviewRouting(
                queue: DirectoryReviewQueue(at: reviewURL),
                routes: [
                    .sample(0.01, of: .set("pricing.quote").origin(.generated)),  // 1 % of generated pricing calls
                    .every(.violations(atLeast: .critical)),  // every critical violation
                    .every(.rule("pricing.quote/exempt-pays-no-tax")),  // every call that checks this rule
                    .sample(0.05, of: .tagged("money").severity(atLeast: .error).model("assistant-model-2026-10")),
                ]
            )
        )

        let rules = InvariantSet<Cart, ReviewWorkflowGuide.Quote>("pricing.quote") {
            When({ cart, _ in cart.taxExempt }) {
                Expect(\.tax, "exempt-pays-no-tax", severity: .critical) { $0 == 0 }
            }
        }
        let quote = monitor.guarded(rules) { BuggyEngine.quote($0) }
        _ = quote(Cart(amount: 10, taxExempt: true))
        #expect(await monitor.shutdown())
        #expect(try DirectoryReviewQueue(at: reviewURL).contents().items.count == 1)
    }

    @Test func aCorrectionRecordedInCodeBecomesACaseThatReplayChecks() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let reviewURL = directory.appendingPathComponent("review")
        let monitor = InvariantMonitor(
            sinks: [], review: ReviewRouting(queue: DirectoryReviewQueue(at: reviewURL), routes: [.every(.passing)]))
        let guarded = monitor.guarded(ReviewWorkflowGuide.looseRules) { BuggyEngine.quote($0) }
        _ = guarded(Cart(amount: 60, taxExempt: false))
        #expect(await monitor.shutdown())

        let queue = DirectoryReviewQueue(at: reviewURL)
        guard let item = try queue.contents().pending.first else { return }
        let correction = try ReviewCorrection(assignments: ["tax = 4.80", "total = 64.80"])
        try queue.record(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .incorrect, correction: correction))

        let cases = try DirectoryReviewQueue(at: reviewURL).contents().regressionCases
        #expect(cases.count == 1)
        #expect(cases.first?.correction?.fields.map(\.path) == correction.fields.map(\.path))

        let fixture = directory.appendingPathComponent("reviewed-quotes.jsonl")
        let encoder = JSONEncoder()
        try Data(cases.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined().utf8)
            .write(to: fixture)
        await expectInvariants(quoteRules, of: PricingEngine.quote, replaying: fixture)
        await withKnownIssue { await expectInvariants(quoteRules, of: BuggyEngine.quote, replaying: fixture) }

        let result = Replay.run(quoteRules, of: PricingEngine.quote, cases: cases)
        print(result)  // ✓ case 3f2a91c0…: compared with ann's correction (tax = 4.8, total = 64.8): matches
        #expect(result.verified.count == 1)
    }
}
