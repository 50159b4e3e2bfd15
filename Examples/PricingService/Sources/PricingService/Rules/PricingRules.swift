import Invariants

/// The invariants every quote must obey, whoever wrote the engine.
///
/// ```swift
/// let outcome = PricingRules.quote.check(cart, try PricingEngine().quote(cart))
/// outcome.violations.map(\.invariantID)     // [] — or e.g. ["pricing.quote/tax-rounded-per-currency"]
/// let guarded = monitor.guarded(PricingRules.quote, relations: .rerun(.pure)) { cart in try engine.quote(cart) }
/// ```
///
/// Besides the rules of one call, two relations compare two calls: reordering a cart's lines keeps its
/// subtotal and discounts (`line-order-independent`), and the same cart gets the same quote
/// (`same-cart-same-quote`).
public enum PricingRules {
    /// The rules for ``TaxTable/standard``.
    public static let quote = quote(taxTable: .standard)

    /// The rules for quotes priced with `taxTable`.
    ///
    /// ```swift
    /// let rules = PricingRules.quote(taxTable: TaxTable(rates: [:], defaultRate: 1_000))
    /// ```
    public static func quote(taxTable: TaxTable) -> InvariantSet<Cart, Quote> {
        InvariantSet("pricing.quote") {
            Invariant("total-adds-up", severity: .critical, owner: "payments", message: Self.totalMessage) { _, quote in
                quote.total == quote.subtotal - quote.discountTotal + quote.taxTotal
            }
            Invariant("currency-preserved", severity: .critical, owner: "payments") { cart, quote in
                quote.currency == cart.currency
            }
            Invariant("every-line-quoted", severity: .critical, owner: "payments", message: Self.linesMessage) {
                cart, quote in quote.lines.map(\.sku) == cart.lines.map(\.sku)
            }
            Invariant("subtotal-is-sum-of-lines", owner: "payments") { cart, quote in
                quote.subtotal == cart.subtotal && quote.lines.map(\.gross) == cart.lines.map(\.gross)
            }
            Invariant("discount-within-subtotal", owner: "growth") { _, quote in
                (0...quote.subtotal).contains(quote.discountTotal)
            }
            Invariant("line-amounts-add-up", owner: "payments") { _, quote in
                quote.lines.reduce(0) { $0 + $1.discount } == quote.discountTotal
                    && quote.lines.reduce(0) { $0 + $1.tax } == quote.taxTotal
                    && quote.lines.allSatisfy { $0.net == $0.gross - $0.discount }
            }
            ForEach(\.lines, "line-discount-within-gross", owner: "growth") { (0...$0.gross).contains($0.discount) }
            Expect(\.taxTotal, "tax-non-negative", owner: "tax") { $0 >= 0 }
            When({ cart, _ in cart.customer.taxExempt }) {
                Expect(\.taxTotal, "exempt-pays-no-tax", severity: .critical, owner: "tax") { $0 == 0 }
            }
            Invariant("tax-rate-from-table", owner: "tax") { cart, quote in
                zip(cart.lines, quote.lines).allSatisfy { line, quoted in
                    quoted.taxRate == (cart.customer.taxExempt ? 0 : taxTable.rate(for: line.category))
                }
            }
            Invariant("tax-rounded-per-currency", owner: "tax", message: Self.roundingMessage) { cart, quote in
                quote.lines.allSatisfy { line in
                    TaxRounding.isCorrect(
                        tax: line.tax, net: line.net, rate: line.taxRate, rounding: cart.currency.rounding)
                }
            }
        }.relating {
            Metamorphic(
                "line-order-independent", severity: .critical, owner: "payments",
                seededTransform: Self.shuffledLines, message: Self.orderMessage
            ) { original, reordered in
                original.output.subtotal == reordered.output.subtotal
                    && original.output.discountTotal == reordered.output.discountTotal
            }
            Deterministic("same-cart-same-quote", owner: "payments")
        }
    }

    /// The cart with its lines in another order, drawn from `random`.
    @Sendable static func shuffledLines(_ cart: Cart, _ random: inout RelationRandom) -> Cart {
        var reordered = cart
        reordered.lines.shuffle(using: &random)
        return reordered
    }

    @Sendable static func orderMessage(
        _ original: RelatedCall<Cart, Quote>, _ reordered: RelatedCall<Cart, Quote>
    )
        -> String
    {
        let format = original.input.currency.format
        return "reordering the lines changed the subtotal \(format(original.output.subtotal)) → "
            + "\(format(reordered.output.subtotal)) or the discounts \(format(original.output.discountTotal)) → "
            + "\(format(reordered.output.discountTotal))"
    }

    @Sendable static func totalMessage(_ cart: Cart, _ quote: Quote) -> String {
        let format = quote.currency.format
        return "total \(format(quote.total)) ≠ subtotal \(format(quote.subtotal)) − discounts "
            + "\(format(quote.discountTotal)) + tax \(format(quote.taxTotal))"
    }

    @Sendable static func linesMessage(_ cart: Cart, _ quote: Quote) -> String {
        "cart has \(cart.lines.count) lines, quote has \(quote.lines.count)"
    }

    @Sendable static func roundingMessage(_ cart: Cart, _ quote: Quote) -> String {
        let wrong = quote.lines.enumerated().first { _, line in
            !TaxRounding.isCorrect(tax: line.tax, net: line.net, rate: line.taxRate, rounding: cart.currency.rounding)
        }
        guard let (index, line) = wrong else { return "does not hold" }
        return "line \(index): tax \(line.tax) on net \(line.net) at \(line.taxRate) bp is not rounded "
            + "\(cart.currency.rounding.rawValue) for \(cart.currency.code)"
    }
}
