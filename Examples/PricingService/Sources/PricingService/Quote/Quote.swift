/// The price of a cart: per-line amounts and the totals the customer pays.
///
/// ```swift
/// let quote = try PricingEngine().quote(cart)
/// quote.total == quote.subtotal - quote.discountTotal + quote.taxTotal   // always
/// quote.currency.format(quote.total)                                     // "113.89 EUR"
/// ```
public struct Quote: Sendable, Hashable, Codable {
    /// The cart's currency.
    public var currency: Currency
    /// One quoted line per cart line, in the cart's order.
    public var lines: [QuotedLine]
    /// The sum of the lines' gross amounts.
    public var subtotal: Int
    /// The sum of the lines' discounts.
    public var discountTotal: Int
    /// The sum of the lines' taxes.
    public var taxTotal: Int
    /// What the customer pays: `subtotal - discountTotal + taxTotal`.
    public var total: Int

    /// Creates a quote.
    public init(currency: Currency, lines: [QuotedLine], subtotal: Int, discountTotal: Int, taxTotal: Int, total: Int) {
        self.currency = currency
        self.lines = lines
        self.subtotal = subtotal
        self.discountTotal = discountTotal
        self.taxTotal = taxTotal
        self.total = total
    }
}
