import Foundation
import InvariantsTesting

// The generators of Docs/Testing.md, verbatim; TestingGuideTests runs them.

struct Customer: Sendable { var id: UUID; var email: String; var joined: Date; var tier: Tier }
enum Tier: String, CaseIterable, Sendable { case basic, plus, pro }
indirect enum Discount: Sendable { case none, percent(Int), stacked(Discount, Discount) }

let customer = Gen.zip(
    .uuid,
    Gen.string(.ascii, length: 1...12).map { "\($0)@example.com" },
    Gen.date(in: Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 2_000_000_000)),
    Gen<Tier>.allCases
).map { Customer(id: $0, email: $1, joined: $2, tier: $3) }

let quantity = Gen.frequency((8, .int(in: 1...3)), (1, .int(in: 4...1_000)), (1, .constant(0)))
let linesForCurrency = Gen.element(of: ["EUR", "JPY"]).flatMap { currency in
    Gen.decimal(in: 0...1_000, scale: currency == "JPY" ? 0 : 2).array(count: 1...5)
}
let discount = Gen<Discount>.recursive(maxDepth: 3) { discount in
    .oneOf(
        .constant(.none),
        Gen.int(in: 1...90).map(Discount.percent),
        Gen.zip(discount, discount).map(Discount.stacked)
    )
}
