import Foundation
import Invariants
import InvariantsTesting
import PricingService
import Testing

/// `Fixtures/pricing-regressions.jsonl` holds carts the generated engine once priced wrong in
/// production, as `invariants export` writes them (one `RegressionCase` a line).
struct PricingReplayTests {
    static let fixture = Bundle.module.url(
        forResource: "pricing-regressions", withExtension: "jsonl", subdirectory: "Fixtures")!

    @Test func theReviewedEnginePricesEveryCapturedCartCorrectly() async {
        await expectInvariants(PricingRules.quote, of: PricingEngine().quote, replaying: Self.fixture)
    }

    @Test func theFixtureStillCatchesTheGeneratedEngine() throws {
        let cases = try RegressionFixture(contentsOf: Self.fixture).cases
        let replay = Replay.run(PricingRules.quote, of: PricingEngine.generated.quote, cases: cases)
        let rounding = cases.filter { $0.invariantID == "pricing.quote/tax-rounded-per-currency" }
        #expect(replay.checked == cases.count)
        #expect(replay.skipped.isEmpty)
        #expect(!rounding.isEmpty)
        #expect(replay.failures.map(\.id) == rounding.map(\.id))
    }
}
