/// One line of a quote: the cart line's amounts after discounts and with its tax.
///
/// ```swift
/// quote.lines[0].net == quote.lines[0].gross - quote.lines[0].discount   // always
/// ```
public struct QuotedLine: Sendable, Hashable, Codable {
    /// The cart line's SKU.
    public var sku: String
    /// `unitPrice × quantity`, in minor units.
    public var gross: Int
    /// What the promotions took off this line.
    public var discount: Int
    /// `gross - discount`: the taxable amount.
    public var net: Int
    /// The rate the line was taxed at, in basis points; 0 for exempt customers and untaxed categories.
    public var taxRate: Int
    /// The line's tax, rounded to a minor unit with the currency's rounding.
    public var tax: Int

    /// Creates a quoted line.
    public init(sku: String, gross: Int, discount: Int, net: Int, taxRate: Int, tax: Int) {
        self.sku = sku
        self.gross = gross
        self.discount = discount
        self.net = net
        self.taxRate = taxRate
        self.tax = tax
    }
}
