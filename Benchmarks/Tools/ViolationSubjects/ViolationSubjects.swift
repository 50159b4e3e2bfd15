// The inputs, function and rules measured by the Violation benchmarks and by ViolationCount: a ~1 KB
// order (nested structs, arrays, Decimal, Date, strings with an email and a card number) priced by a
// function whose rule always fails, so every guarded call takes the violation path.

public import Foundation
public import Invariants

public struct Address: Codable, Sendable {
    public var street: String
    public var city: String
    public var postcode: String
    public var country: String
}

public struct Customer: Codable, Sendable {
    public var id: String
    public var name: String
    public var email: String
    public var phone: String?
    public var address: Address
    public var loyaltyTier: Int
}

public struct OrderLine: Codable, Sendable {
    public var sku: String
    public var title: String
    public var unitPrice: Decimal
    public var quantity: Int
    public var discount: Decimal?
    public var tags: [String]
}

public struct Order: Codable, Sendable {
    public var id: String
    public var placedAt: Date
    public var currency: String
    public var customer: Customer
    public var lines: [OrderLine]
    public var note: String
    public var giftWrap: Bool
    public var weightKg: Double
}

public struct Priced: Codable, Sendable {
    public var total: Decimal
    public var tax: Decimal
    public var currency: String
    public var lineTotals: [Decimal]
}

/// `count` orders of about 1 KB of JSON each, from a fixed seed.
public func makeOrders(_ count: Int = 64) -> [Order] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { index in
        let lines = (0..<4).map { line in
            OrderLine(
                sku: "SKU-\(1000 + next(9000))",
                title: ["Espresso beans 1kg", "Milk frother", "Ceramic cup set", "Descaler"][line],
                unitPrice: Decimal(1000 + next(9000)) / 100,
                quantity: 1 + next(5),
                discount: line.isMultiple(of: 2) ? Decimal(next(300)) / 100 : nil,
                tags: ["coffee", line.isMultiple(of: 2) ? "promo" : "regular"]
            )
        }
        return Order(
            id: "ord-\(100_000 + index)",
            placedAt: Date(timeIntervalSince1970: 1_795_444_136.123 + Double(index)),
            currency: "EUR",
            customer: Customer(
                id: "cus-\(next(1_000_000))",
                name: "Ann Example",
                email: "ann.example\(index)@example.com",
                phone: index.isMultiple(of: 2) ? "+44 20 7946 0000" : nil,
                address: Address(street: "1 Long Street", city: "Cambridge", postcode: "CB1 1AA", country: "GB"),
                loyaltyTier: next(4)
            ),
            lines: lines,
            note: "paid with card 4111 1111 1111 1111, leave at the door",
            giftWrap: index.isMultiple(of: 3),
            weightKg: 1.25 + Double(next(100)) / 10
        )
    }
}

/// The priced order: line totals and 20 % tax. Not inlined, as a service's function would not be.
@inline(never)
public func price(_ order: Order) -> Priced {
    let lineTotals = order.lines.map { $0.unitPrice * Decimal($0.quantity) - ($0.discount ?? 0) }
    let subtotal = lineTotals.reduce(0, +)
    let tax = subtotal * Decimal(sign: .plus, exponent: -1, significand: 2)
    return Priced(total: subtotal + tax, tax: tax, currency: order.currency, lineTotals: lineTotals)
}

/// One rule that always fails (`tax` is never negative), with the observed value in its message.
public let failingRules = InvariantSet<Order, Priced>("bench.violation") {
    Expect(\.tax, "tax-negative") { $0 < 0 }
}

/// The same rule through the initializer for types not known to be `Sendable`, so a failed call's values
/// are captured on the caller's thread (what a non-`Sendable` input costs).
public let callerCapturingRules = unconstrainedSet(Order.self, Priced.self)

private func unconstrainedSet<Input, Output>(_: Input.Type, _: Output.Type) -> InvariantSet<Input, Output>
where Output: TaxCarrying {
    InvariantSet<Input, Output>("bench.violation") {
        Expect(\.tax, "tax-negative") { $0 < 0 }
    }
}

/// Lets the generic set read the tax.
protocol TaxCarrying { var tax: Decimal { get } }
extension Priced: TaxCarrying {}

/// What the benchmark monitors redact besides the defaults: the customer's email, by path.
public let benchmarkRedaction = Redaction.default.addingPaths("customer.email")
