/// Tax rates by product category, in basis points (2_100 is 21 %).
///
/// ```swift
/// TaxTable.standard.rate(for: .food)       // 900
/// TaxTable.standard.rate(for: .giftCard)   // 0: not taxed
/// let flat = TaxTable(rates: [.general: 1_000], defaultRate: 1_000)
/// ```
public struct TaxTable: Sendable, Hashable {
    /// The rate of each category that has its own.
    public var rates: [ProductCategory: Int]
    /// The rate of every other category.
    public var defaultRate: Int

    /// Creates a table.
    public init(rates: [ProductCategory: Int], defaultRate: Int) {
        self.rates = rates
        self.defaultRate = defaultRate
    }

    /// A VAT-style table: 21 % standard, 9 % on food and books, gift cards untaxed.
    public static let standard = TaxTable(rates: [.food: 900, .books: 900, .giftCard: 0], defaultRate: 2_100)

    /// The rate for a category, in basis points.
    public func rate(for category: ProductCategory) -> Int {
        rates[category] ?? defaultRate
    }
}
