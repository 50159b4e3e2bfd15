import Foundation
import Invariants
import InvariantsTesting
import Testing

// The code of Docs/GettingStarted.md: its Sources/Pricing files are GettingStartedPricing.swift and
// GettingStartedMonitoring.swift here, verbatim (DocSnippetTests checks); the monitor is compiled, not run,
// as it opens invariants/violations.jsonl in the working directory. Its test file imports the reader's
// `Pricing` module and fails by design, so the guide marks it not compiled; its generators are below as
// written, and its property runs under withKnownIssue.

extension Gen where Value == Line {
    static var line: Gen<Line> {
        Gen { draw in
            Line(
                sku: try draw(.element(of: ["book", "pen", "lamp"])),
                unitPrice: try draw(.decimal(in: 0...500, scale: 2)),
                quantity: try draw(.int(in: 1...5))
            )
        }
    }
}

extension Gen where Value == Cart {
    static var cart: Gen<Cart> {
        Gen { draw in
            Cart(
                lines: try draw(Gen<Line>.line.array(count: 0...8)),
                currency: try draw(.element(of: ["EUR", "USD"])),
                taxExempt: try draw(.bool)
            )
        }
    }
}

struct GettingStartedGuideTests {
    /// The engine after the guide's fix.
    enum FixedPricingEngine {
        static func quote(_ cart: Cart) -> Quote {
            let lineTotals = cart.lines.map { $0.unitPrice * Decimal($0.quantity) }
            let subtotal = lineTotals.reduce(0, +)
            let tax = cart.taxExempt ? 0 : subtotal * PricingEngine.taxRate
            return Quote(total: subtotal + tax, tax: tax, currency: cart.currency, lineTotals: lineTotals)
        }
    }

    @Test func thePropertyFailsWithASmallExemptCartAndSavesIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = ExampleDatabase(directory: directory)
        await withKnownIssue {
            await expectInvariants(
                quoteRules, of: PricingEngine.quote, over: .cart, iterations: 500, database: database)
        } matching: { issue in
            let text = "\(issue)"
            return text.contains("Property \"pricing.quote\" failed after")
                && text.contains("Counterexample: InvariantsCLITests.Cart(lines: [InvariantsCLITests.Line(")
                && text.contains("taxExempt: true)") && text.contains("Shrunk ")
                && text.contains("✗ pricing.quote/exempt-pays-no-tax [error]")
                && text.contains("Replay: run again with INVARIANTS_SEED=")
        }
        let saved = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!saved.isEmpty, "the failing example is saved and tried first next time")
    }

    @Test func theFixedEngineKeepsEveryRule() async {
        await expectInvariants(
            quoteRules, of: FixedPricingEngine.quote, over: .cart, iterations: 500, database: .disabled)
    }

    /// The monitor of GettingStartedMonitoring.swift is compiled, not run: it would open
    /// invariants/violations.jsonl in the working directory. Its rules are checked here.
    @Test func theRulesCatchTheEnginesBugOnly() {
        let cart = Cart(lines: [Line(sku: "pen", unitPrice: 1.5, quantity: 2)], currency: "EUR", taxExempt: false)
        #expect(quoteRules.check(cart, PricingEngine.quote(cart)).hasPassed)
        let exempt = Cart(lines: cart.lines, currency: "EUR", taxExempt: true)
        #expect(
            quoteRules.check(exempt, PricingEngine.quote(exempt)).violations.map(\.invariantID) == [
                "pricing.quote/exempt-pays-no-tax"
            ])
    }
}
