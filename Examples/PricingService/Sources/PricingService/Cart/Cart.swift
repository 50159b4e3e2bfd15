/// What a customer wants to buy: lines in one currency, with promotion codes.
///
/// ```swift
/// let cart = Cart(
///     id: "cart-1", currency: .eur, customer: Customer(id: "c-42"),
///     lines: [LineItem(sku: "lamp-01", category: .general, unitPrice: 4_999, quantity: 2)],
///     discounts: [Discount(code: "WELCOME5", kind: .fixed(amount: 500))]
/// )
/// let quote = try PricingEngine().quote(cart)
/// ```
public struct Cart: Sendable, Hashable, Codable {
    /// The cart's id.
    public var id: String
    /// The currency of every amount in the cart and its quote.
    public var currency: Currency
    /// Who is buying.
    public var customer: Customer
    /// The products, in the order the customer added them.
    public var lines: [LineItem]
    /// Promotions to apply.
    public var discounts: [Discount]

    /// Creates a cart.
    public init(id: String, currency: Currency, customer: Customer, lines: [LineItem], discounts: [Discount] = []) {
        self.id = id
        self.currency = currency
        self.customer = customer
        self.lines = lines
        self.discounts = discounts
    }

    /// The sum of the lines' gross amounts: what the cart costs before discounts and tax.
    public var subtotal: Int { lines.reduce(0) { $0 + $1.gross } }
}
