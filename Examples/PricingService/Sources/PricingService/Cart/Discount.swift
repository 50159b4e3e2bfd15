/// A promotion applied to a cart: a percentage off eligible lines, or a fixed amount off the order.
///
/// ```swift
/// Discount(code: "BOOKS10", kind: .percentage(basisPoints: 1_000), category: .books)   // 10 % off books
/// Discount(code: "WELCOME5", kind: .fixed(amount: 500))                                // 5.00 off, spread over lines
/// ```
public struct Discount: Sendable, Hashable, Codable {
    /// How much a discount takes off.
    public enum Kind: Sendable, Hashable, Codable {
        /// A share of each eligible line, in basis points (1_000 is 10 %), rounded per line.
        case percentage(basisPoints: Int)
        /// An amount in minor units off the order, spread over eligible lines in proportion to them,
        /// never more than they are worth.
        case fixed(amount: Int)
    }

    /// The promotion code the customer entered.
    public var code: String
    /// How much it takes off.
    public var kind: Kind
    /// The only category it applies to; every line when `nil`.
    public var category: ProductCategory?

    /// Creates a discount.
    public init(code: String, kind: Kind, category: ProductCategory? = nil) {
        self.code = code
        self.kind = kind
        self.category = category
    }

    /// Whether the discount applies to `line`.
    public func applies(to line: LineItem) -> Bool {
        category.map { $0 == line.category } ?? true
    }
}
