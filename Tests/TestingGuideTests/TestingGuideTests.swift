import Foundation
import Invariants
import InvariantsTesting
import Testing

/// The in-function code of Docs/Testing.md, compiled and run (DocSnippetTests checks each block is here or in
/// the other files of this target, verbatim).
struct TestingGuideTests {
    static var fixtureURL: URL { Bundle.module.url(forResource: "pricing-regressions", withExtension: "jsonl")! }

    @Test func theBuggyEngineFailsThePropertyWithASmallExemptCart() async {
        await withKnownIssue {
            await expectInvariants(quoteRules, of: BuggyPricingEngine.quote, over: .cart, database: .disabled)
        } matching: { issue in
            let text = "\(issue)"
            return text.contains("Property \"pricing.quote\" failed after") && text.contains("taxExempt: true)")
                && text.contains("Failure: ✗ pricing.quote/exempt-pays-no-tax [error]: \\Quote.tax was ")
                && text.contains("Replay: run again with INVARIANTS_SEED=")
        }
    }

    @Test func aHandWrittenGeneratorDrawsFromOthers() {
        let line = Gen<Line> { draw in
            Line(
                sku: try draw(.element(of: ["pen", "book"])),
                unitPrice: try draw(.decimal(in: 0...50)),
                quantity: try draw(quantity)
            )
        }
        print(line.sample(count: 5, seed: 42))  // eyeball what a generator makes

        let sample = line.sample(count: 50, seed: 42)
        #expect(sample.count == 50)
        #expect(sample.allSatisfy { ["pen", "book"].contains($0.sku) && $0.unitPrice >= 0 && $0.unitPrice <= 50 })
        #expect(sample.map(\.quantity) == line.sample(count: 50, seed: 42).map(\.quantity), "a seed replays")
        let customers = customer.sample(count: 20, seed: 1)
        #expect(customers.allSatisfy { $0.email.hasSuffix("@example.com") })
        #expect(linesForCurrency.sample(count: 20, seed: 1).allSatisfy { (1...5).contains($0.count) })
        #expect(discount.sample(count: 20, seed: 1).count == 20)
    }

    @Test func aPropertyResultCarriesItsLabelsAndCounterexample() {
        let property = Property("cart sizes", over: .cart, iterations: 1_000, seed: 42, database: .disabled)
        let result = property.check { cart, labels in
            labels.label(cart.lines.isEmpty ? "empty" : "non-empty")
            labels.classify(cart.lines.count > 5, "long")
            return quoteRules.check(cart, PricingEngine.quote(cart)).hasPassed
        }
        let shrunk = result.counterexample  // the smallest failing cart; nil when every case held
        let original = result.originalCounterexample
        let steps = result.shrinkSteps, reason = result.stopReason

        #expect(shrunk == nil && original == nil && steps == 0)
        print(reason)
        #expect(Set(result.labels.keys).isSuperset(of: ["empty", "non-empty", "long"]))
    }

    @Test func labelsCountTheCases() {
        let result = Property("labels", over: .cart, iterations: 200, seed: 7, database: .disabled).check {
            cart, labels in
            labels.label(cart.taxExempt ? "exempt" : "taxed")
            labels.classify(cart.lines.count > 5, "long")
            return true
        }
        #expect((result.labels["exempt"] ?? 0) + (result.labels["taxed"] ?? 0) == 200)
    }

    @Test func theExampleDatabaseCanBeNamedOrTurnedOff() async {
        let examples = ExampleDatabase(directory: URL(filePath: "/tmp/examples"))
        let taxRounding = Property("tax rounding", over: .cart, database: examples)
        await expectInvariants(quoteRules, of: PricingEngine.quote, over: .cart, database: .disabled)

        let outcome = taxRounding.check { cart, _ in quoteRules.check(cart, PricingEngine.quote(cart)).hasPassed }
        #expect(outcome.counterexample == nil, "a passing property saves nothing")
    }

    @Test func replayingByHandChecksEveryCase() throws {
        let fixtureURL = Self.fixtureURL

        let fixture = try RegressionFixture(contentsOf: fixtureURL)  // e.g. URL(filePath: "pricing-regressions.jsonl")
        // `await` Replay.run for an async function
        let result = Replay.run(quoteRules, of: PricingEngine.quote, cases: fixture.cases)
        let checked = result.checked  // cases decoded, run and checked
        let failed = result.failures.map(\.id)  // cases that break a rule again (or whose function threw)
        let skipped = result.skipped.map(\.reason)  // cases that could not be replayed, and why
        let passed = result.passed(allowingSkipped: false)

        #expect(checked == 2 && failed.isEmpty && skipped.isEmpty && passed)
        let buggy = Replay.run(quoteRules, of: BuggyPricingEngine.quote, cases: fixture.cases)
        #expect(buggy.failures.map(\.id) == ["exempt-big-cart"])
        #expect(!buggy.passed(allowingSkipped: false))
    }

    @Test func theEngineRunsWithoutATestFramework() {
        let result = Property(over: .cart, iterations: 10_000).verify { cart, labels in
            labels.label(cart.taxExempt ? "exempt" : "taxed")
            return quoteRules.check(cart, PricingEngine.quote(cart)).verdict
        }
        print(result.report)

        #expect(result.counterexample == nil)
        #expect(result.report.contains("10000") || result.report.contains("10 000") || result.report.contains("10,000"))
    }
}
