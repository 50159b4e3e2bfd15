extension PricingEngine {
    /// Rejects carts the engine cannot price exactly, naming the line or promotion.
    ///
    /// ```swift
    /// try PricingEngine.validate(cart)   // throws PricingError.invalidLine(index: 0, sku: "", reason: "…")
    /// ```
    public static func validate(_ cart: Cart) throws(PricingError) {
        guard cart.lines.count <= maxLines else { throw .tooManyLines(cart.lines.count) }
        for (index, line) in cart.lines.enumerated() {
            func invalid(_ reason: String) -> PricingError { .invalidLine(index: index, sku: line.sku, reason: reason) }
            if line.sku.isEmpty { throw invalid("the SKU is empty") }
            if !(1...maxQuantity).contains(line.quantity) {
                throw invalid("quantity \(line.quantity) is not in 1...\(maxQuantity)")
            }
            if !(0...maxUnitPrice).contains(line.unitPrice) {
                throw invalid("unit price \(line.unitPrice) is not in 0...\(maxUnitPrice) minor units")
            }
        }
        for discount in cart.discounts {
            switch discount.kind {
            case .percentage(let basisPoints) where !(0...10_000).contains(basisPoints):
                throw .invalidDiscount(code: discount.code, reason: "\(basisPoints) basis points is not in 0...10000")
            case .fixed(let amount) where amount < 0:
                throw .invalidDiscount(code: discount.code, reason: "the amount \(amount) is negative")
            default:
                continue
            }
        }
    }
}
