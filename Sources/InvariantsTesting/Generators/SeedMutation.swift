import Foundation
import Invariants

/// One-field mutations of a real input's JSON: the spellings and amounts next to the ones production sent.
enum SeedMutation {
    /// Mutation kinds per leaf (numbers, strings and Bools use as many as they have).
    static let kinds: UInt64 = 4

    /// The leaves of `json` in mutation order (object keys sorted), `true` for a number.
    static func leaves(_ json: JSONValue) -> [Bool] {
        switch json {
        case .null: []
        case .number: [true]
        case .bool, .string: [false]
        case .array(let items): items.flatMap(leaves)
        case .object(let members): members.keys.sorted().flatMap { leaves(members[$0]!) }
        }
    }

    /// `json` with mutation `index` applied (leaf `index / kinds`, in key order), or `nil` if it changes nothing.
    static func apply(_ index: UInt64, to json: JSONValue) -> JSONValue? {
        var remaining = Int(index / kinds)
        let mutated = visit(json, kind: index % kinds, remaining: &remaining)
        return mutated == json ? nil : mutated
    }

    private static func visit(_ json: JSONValue, kind: UInt64, remaining: inout Int) -> JSONValue {
        switch json {
        case .null:
            return json
        case .bool(let flag):
            defer { remaining -= 1 }
            return remaining == 0 ? .bool(!flag) : json
        case .number(let text):
            defer { remaining -= 1 }
            return remaining == 0 ? .number(mutate(number: text, kind: kind)) : json
        case .string(let text):
            defer { remaining -= 1 }
            guard remaining == 0 else { return json }
            let variants: [UInt64] = [1, 5, 9, 7]
            return .string(StringVariant.apply(variants[Int(kind)], to: text, length: 0...Int.max))
        case .array(let items):
            return .array(items.map { visit($0, kind: kind, remaining: &remaining) })
        case .object(let members):
            var result = members
            for key in members.keys.sorted() { result[key] = visit(members[key]!, kind: kind, remaining: &remaining) }
            return .object(result)
        }
    }

    /// ± one unit of the last digit, rounded to a whole amount (a whole ten when already whole), or half a
    /// unit more (`49.99` → `50.00`, `49.98`, `50`, `49.995`).
    private static func mutate(number text: String, kind: UInt64) -> String {
        guard let value = Decimal(string: text) else { return text }
        let decimals = text.split(separator: ".").dropFirst().first.map { $0.prefix { $0.isNumber }.count } ?? 0
        let unit = Decimal(sign: .plus, exponent: -decimals, significand: 1)
        let result: Decimal
        switch kind {
        case 0: result = value + unit
        case 1: result = value - unit
        case 2:
            let step: Decimal = decimals > 0 ? 1 : 10
            var scaled = value / step
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 0, .plain)
            result = rounded * step
        default: result = value + unit / 2
        }
        return "\(result)"
    }
}
