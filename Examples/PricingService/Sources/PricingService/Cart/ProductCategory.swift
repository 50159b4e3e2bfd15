/// What kind of product a line is; tax rates and some discounts depend on it.
///
/// ```swift
/// LineItem(sku: "bread", category: .food, unitPrice: 250, quantity: 2)
/// ```
public enum ProductCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Anything without a special rate.
    case general
    /// Groceries: a reduced rate.
    case food
    /// Printed books: a reduced rate.
    case books
    /// Downloads and subscriptions.
    case digital
    /// Gift cards: not a supply, never taxed.
    case giftCard
}
