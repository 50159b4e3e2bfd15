import Foundation
import InvariantsTesting
import Testing
import XCTest

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

@Test func quotesKeepTheirInvariants() async {
    await expectInvariants(quoteRules, of: PricingEngine.quote, over: .cart, iterations: 2_000)
}

final class PricingXCTests: XCTestCase {
    func testInvariants() {
        XCTAssertInvariants(quoteRules, of: PricingEngine.quote, over: .cart, iterations: 2_000)
    }
}
