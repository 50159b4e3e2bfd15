import Foundation

/// Values whose captures are compared between `Snapshot.capture` and the `JSONEncoder` path it replaced.
struct EquivalenceAddress: Codable {
    var street: String
    var postcode: String?
}

struct EquivalenceCustomer: Codable {
    var name: String
    var email: String
    var apiKey: String
    var address: EquivalenceAddress
    var nickname: String?
}

struct EquivalenceLine: Codable {
    var sku: String
    var note: String
    var unitPrice: Decimal
    var quantity: Int
    var weight: Double
    var ratio: Float
    var flags: [Bool]
}

struct EquivalenceOrder: Codable {
    var id: UUID
    var placedAt: Date
    var customer: EquivalenceCustomer
    var lines: [EquivalenceLine]
    var attributes: [String: String]
    var counts: [Int: Int]
    var matrix: [[Int?]]
    var receipt: Data
    var link: URL
    var reference: Int
    var status: EquivalenceStatus
}

enum EquivalenceStatus: Codable {
    case pending
    case paid(amount: Decimal, card: String)
    case refunded(Int, reason: String?)
}

/// A class that encodes its superclass's fields through `superEncoder()` and `superEncoder(forKey:)`.
class EquivalenceBase: Encodable {
    var baseField = "base"
    var password = "hunter2"
}

final class EquivalenceDerived: EquivalenceBase {
    var derivedField = 7
    private enum CodingKeys: String, CodingKey { case derivedField, parent }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(derivedField, forKey: .derivedField)
        try super.encode(to: container.superEncoder())
        try super.encode(to: container.superEncoder(forKey: .parent))
    }
}

/// Writes through nested keyed and unkeyed containers, a super-encoder of an unkeyed container, a
/// single-value container holding a struct, and a nested value that encodes nothing.
struct EquivalenceHandWritten: Encodable {
    private enum Keys: String, CodingKey { case outer, list, single, nothing, token }
    private enum Inner: String, CodingKey { case a, b }
    private struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }
    private struct Single: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(EquivalenceAddress(street: "1 Main St", postcode: nil))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var outer = container.nestedContainer(keyedBy: Inner.self, forKey: .outer)
        try outer.encode(1.5, forKey: .a)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode("first")
        var pair = list.nestedContainer(keyedBy: Inner.self)
        try pair.encode("card 4111-1111-1111-1111", forKey: .b)
        var inner = list.nestedUnkeyedContainer()
        try inner.encode(UInt8.max)
        try inner.encodeNil()
        try EquivalenceAddress(street: "2 Side St", postcode: "X").encode(to: list.superEncoder())
        try list.encode(Int64.min)
        try outer.encode(true, forKey: .b)
        try container.encode(Single(), forKey: .single)
        try container.encode(Nothing(), forKey: .nothing)
        var token = container.nestedContainer(keyedBy: Inner.self, forKey: .token)
        try token.encode("abc", forKey: .a)
    }
}

/// Encodes nothing at all: `JSONEncoder` refuses it at the top level.
struct EquivalenceEmpty: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

/// Throws its own error while encoding.
struct EquivalenceThrowing: Encodable {
    var secret = "token=abc"
    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(1)
        throw EncodingError.invalidValue(secret, .init(codingPath: [], debugDescription: "refused"))
    }
}

/// Not `Encodable`: captured as text.
struct EquivalenceOpaque {
    var token = "abc123"
    var card = "4111 1111 1111 1111"
}
