import InvariantsTesting
import PricingService
import XCTest

/// The same checks from XCTest, for suites that have not moved to Swift Testing.
final class PricingXCTests: XCTestCase {
    func testTheReviewedEngineKeepsEveryRule() {
        XCTAssertInvariants(
            PricingRules.quote, of: PricingEngine().quote, over: .cart, iterations: 500, seed: 5, database: .disabled)
    }

    func testCapturedCartsReplay() throws {
        let fixture = try XCTUnwrap(
            Bundle.module.url(forResource: "pricing-regressions", withExtension: "jsonl", subdirectory: "Fixtures"))
        XCTAssertInvariants(PricingRules.quote, of: PricingEngine().quote, replaying: fixture)
    }
}
