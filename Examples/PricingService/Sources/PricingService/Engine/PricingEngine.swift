/// Prices carts: line amounts, promotions, tax by category with exemptions, rounding per currency.
///
/// ```swift
/// let engine = PricingEngine()                    // TaxTable.standard, exact rounding
/// let quote = try engine.quote(cart)
/// let generated = PricingEngine.generated         // the rewrite with a rounding bug, for the tests
/// ```
///
/// Steps: validate; percentage promotions off each eligible line (rounded per line); fixed promotions
/// spread over eligible lines in proportion to what is left of them (largest remainder, so the parts
/// add up exactly, never below zero); tax per line on the net amount unless the customer is exempt.
public struct PricingEngine: Sendable {
    /// The most lines one cart may have.
    public static let maxLines = 500
    /// The largest unit price accepted, in minor units.
    public static let maxUnitPrice = 1_000_000_000
    /// The largest quantity accepted on one line.
    public static let maxQuantity = 10_000

    /// The tax rates applied.
    public var taxTable: TaxTable
    /// How line tax is computed and rounded.
    public var taxFormula: LineTaxFormula
    /// Which lines a percentage promotion takes its share off.
    public var promotionMatching: PromotionMatching

    /// Creates an engine.
    public init(
        taxTable: TaxTable = .standard, taxFormula: LineTaxFormula = .currencyRounding,
        promotionMatching: PromotionMatching = .everyEligibleLine
    ) {
        self.taxTable = taxTable
        self.taxFormula = taxFormula
        self.promotionMatching = promotionMatching
    }

    /// The engine as a generated rewrite left it: right in every way but tax rounding
    /// (``LineTaxFormula/floatingPointRounding``).
    public static let generated = PricingEngine(taxFormula: .floatingPointRounding)

    /// Another generated rewrite: a percentage promotion comes off the first eligible line only
    /// (``PromotionMatching/firstEligibleLine``), so the price depends on the order of the lines. Every
    /// single-call rule still holds; the `line-order-independent` relation catches it.
    public static let generatedPromotions = PricingEngine(promotionMatching: .firstEligibleLine)

    /// Prices a cart.
    ///
    /// ```swift
    /// let quote = try PricingEngine().quote(cart)
    /// ```
    ///
    /// - Throws: ``PricingError`` naming the line or promotion that cannot be priced.
    public func quote(_ cart: Cart) throws(PricingError) -> Quote {
        try Self.validate(cart)
        let gross = cart.lines.map(\.gross)
        let discounts = Self.discounts(for: cart, gross: gross, matching: promotionMatching)
        var lines: [QuotedLine] = []
        lines.reserveCapacity(cart.lines.count)
        for (index, line) in cart.lines.enumerated() {
            let net = gross[index] - discounts[index]
            let rate = cart.customer.taxExempt ? 0 : taxTable.rate(for: line.category)
            let tax = taxFormula.tax(net: net, rate: rate, currency: cart.currency)
            lines.append(
                QuotedLine(
                    sku: line.sku, gross: gross[index], discount: discounts[index], net: net, taxRate: rate, tax: tax)
            )
        }
        let subtotal = gross.reduce(0, +)
        let discountTotal = discounts.reduce(0, +)
        let taxTotal = lines.reduce(0) { $0 + $1.tax }
        return Quote(
            currency: cart.currency, lines: lines, subtotal: subtotal, discountTotal: discountTotal,
            taxTotal: taxTotal, total: subtotal - discountTotal + taxTotal
        )
    }
}
