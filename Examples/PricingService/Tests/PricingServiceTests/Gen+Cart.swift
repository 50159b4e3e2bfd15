import InvariantsTesting
import PricingService

/// The generators behind `Gen.cart`, built outside `extension Gen` so `Gen.zip` infers its tuple type.
enum PricingGenerators {
    /// Unit prices as shops set them: round numbers, .50 and .99 endings, and anything at all.
    static let unitPrice: Gen<Int> = .frequency(
        (3, Gen.zip(Gen.int(in: 0...200), Gen.element(of: [0, 50, 95, 99])).map { $0 * 100 + $1 }),
        (1, Gen.int(in: 0...20_000))
    )

    /// One cart line of any category.
    static let lineItem = Gen.zip(
        Gen.element(of: ["lamp", "bread", "novel", "ebook", "gift"]), Gen<ProductCategory>.allCases, unitPrice,
        Gen.int(in: 1...5)
    )
    .map { LineItem(sku: $0, category: $1, unitPrice: $2, quantity: $3) }

    /// A percentage off (all lines or one category) or a fixed amount off.
    static let discount: Gen<Discount> = .oneOf(
        Gen.zip(Gen.int(in: 0...5_000), Gen.oneOf(.constant(nil), Gen<ProductCategory>.allCases.map { $0 })).map {
            Discount(code: "PCT\($0)", kind: .percentage(basisPoints: $0), category: $1)
        },
        Gen.int(in: 0...10_000).map { Discount(code: "FIX\($0)", kind: .fixed(amount: $0)) }
    )

    /// Carts in every supported currency, with up to six lines and two promotions, some tax-exempt.
    static let cart = Gen.zip(
        Gen.element(of: Currency.supported), Gen.bool, lineItem.array(count: 0...6), discount.array(count: 0...2)
    )
    .map { Cart(id: "cart", currency: $0, customer: Customer(id: "c", taxExempt: $1), lines: $2, discounts: $3) }
}

extension Gen where Value == Cart {
    /// Carts in every supported currency, with up to six lines and two promotions, some tax-exempt.
    static var cart: Gen<Cart> { PricingGenerators.cart }
}
