/// One product in a cart: what it is, its price per unit in minor units, and how many.
///
/// ```swift
/// let lamp = LineItem(sku: "lamp-01", category: .general, unitPrice: 4_999, quantity: 2)   // 2 × 49.99
/// lamp.gross    // 9_998
/// ```
public struct LineItem: Sendable, Hashable, Codable {
    /// The stock-keeping unit.
    public var sku: String
    /// The product's category.
    public var category: ProductCategory
    /// The price of one unit in minor units of the cart's currency, before discounts and tax.
    public var unitPrice: Int
    /// How many units; at least 1.
    public var quantity: Int

    /// Creates a line.
    public init(sku: String, category: ProductCategory, unitPrice: Int, quantity: Int) {
        self.sku = sku
        self.category = category
        self.unitPrice = unitPrice
        self.quantity = quantity
    }

    /// `unitPrice × quantity`, the line's amount before discounts and tax.
    public var gross: Int { unitPrice * quantity }
}
