import Foundation

/// Deterministic carts for the demo: same seed, same carts, same violations.
struct DemoCarts {
    private var state: UInt64
    private let skus = ["book", "pen", "lamp", "mug", "desk", "chair"]
    private let tenants = ["acme", "globex", "initech"]

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> DemoPricing.Cart {
        let lineCount = Int(nextValue() % 4) + 1
        let lines = (0..<lineCount).map { _ in
            DemoPricing.Line(
                sku: skus[Int(nextValue() % UInt64(skus.count))],
                unitPrice: Decimal(Int(nextValue() % 10_000) + 1) / 100,
                quantity: Int(nextValue() % 5) + 1
            )
        }
        return DemoPricing.Cart(
            tenant: tenants[Int(nextValue() % UInt64(tenants.count))],
            lines: lines,
            currency: "EUR",
            taxExempt: nextValue() % 3 == 0,
            cardNumber: "4111 1111 1111 1111"
        )
    }

    /// SplitMix64.
    private mutating func nextValue() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
