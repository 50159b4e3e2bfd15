import InvariantsTesting
import XCTest

/// Runs under XCTest itself, the way a team with an existing XCTest suite would use the helpers.
final class XCTestIntegrationTests: XCTestCase {
    struct Order: Sendable {
        var quantity: Int
        var unitCents: Int
    }

    struct Invoice: Sendable {
        var totalCents: Int
        var lineCents: [Int]
    }

    static let invoiceRules = InvariantSet<Order, Invoice>("billing.invoice") {
        Invariant("total-is-quantity-times-price") { order, invoice in
            invoice.totalCents == order.quantity * order.unitCents
        }
        ForEach(\.lineCents, "lines-non-negative") { $0 >= 0 }
    }

    static func invoice(_ order: Order) -> Invoice {
        Invoice(
            totalCents: order.quantity * order.unitCents,
            lineCents: Array(repeating: order.unitCents, count: order.quantity))
    }

    static let orders = Gen.zip(Gen.int(in: 0...20), Gen.int(in: 0...10_000)).map { Order(quantity: $0, unitCents: $1) }

    func testInvoiceRulesHoldOverGeneratedOrders() {
        XCTAssertProperty(over: Self.orders, iterations: 300, seed: 7, database: .disabled) { order in
            Self.invoiceRules.check(order, Self.invoice(order)).hasPassed
        }
    }

    func testTheEngineFindsAndShrinksABrokenInvoiceUnderXCTest() {
        let broken: @Sendable (Order) -> Invoice = { order in
            var invoice = XCTestIntegrationTests.invoice(order)
            if order.quantity > 3 { invoice.totalCents -= 1 }
            return invoice
        }
        let result = Property(over: Self.orders, iterations: 300, seed: 7, database: .disabled).check { order in
            Self.invoiceRules.check(order, broken(order)).hasPassed
        }
        XCTAssertTrue(result.failed)
        XCTAssertEqual(result.counterexample?.quantity, 4)
        XCTAssertEqual(result.counterexample?.unitCents, 0)
    }
}
