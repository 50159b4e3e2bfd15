import Foundation

/// `JSONValue` decodes from and encodes to any JSON through `JSONDecoder` and `JSONEncoder`.
///
/// Numbers travel as `Decimal`, never as `Double`, so `12.345`, `0.1`, negative numbers and integers of up
/// to 38 digits round-trip exactly. What `Decimal` normalises: exponents are expanded (`1e3` → `1000`,
/// `1.5E-7` → `0.00000015`), trailing fractional zeros are dropped (`1.50` → `1.5`), `-0` becomes `0`, and
/// digits beyond the 38th significant one become zeros. Numbers outside `Decimal`'s range (such as
/// `1e200`) go through `Double`. Use ``init(parsing:)-(String)`` and ``serialized()`` to keep the text
/// exactly as written.
///
/// ```swift
/// let value = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"price": 12.345}"#.utf8))
/// let data = try JSONEncoder().encode(value)   // {"price":12.345}
/// ```
extension JSONValue: Codable {
    /// Decodes any JSON value; see the type's documentation for how numbers are read.
    ///
    /// ```swift
    /// let value = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"total": 12.345}"#.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let decimal = try? container.decode(Decimal.self) {
            self = .number(decimal.description)
        } else if let double = try? container.decode(Double.self) {
            self = .number(double.description)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let elements = try? container.decode([JSONValue].self) {
            self = .array(elements)
        } else if let members = try? container.decode([String: JSONValue].self) {
            self = .object(members)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a JSON value")
        }
    }

    /// Encodes the value; a ``number(_:)`` is written as a JSON number (through `Decimal`), never as a string.
    ///
    /// - Throws: `EncodingError.invalidValue` when a ``number(_:)`` does not hold a valid JSON number literal.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(JSONValue.object(["total": .number("12.345")]))
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null:
            try container.encodeNil()
        case .bool(let flag):
            try container.encode(flag)
        case .number(let text):
            guard Self.isValidNumberLiteral(text) else {
                throw EncodingError.invalidValue(
                    self,
                    .init(codingPath: encoder.codingPath, debugDescription: "'\(text)' is not a JSON number literal")
                )
            }
            if let decimal = Decimal(string: text, locale: nil), !decimal.isNaN {
                try container.encode(decimal)
            } else if let double = Double(text), double.isFinite {
                try container.encode(double)
            } else {
                throw EncodingError.invalidValue(
                    self,
                    .init(codingPath: encoder.codingPath, debugDescription: "number \(text) is out of range")
                )
            }
        case .string(let text):
            try container.encode(text)
        case .array(let elements):
            try container.encode(elements)
        case .object(let members):
            try container.encode(members)
        }
    }

    /// Encodes `value` with a default `JSONEncoder` and parses the result into a `JSONValue`.
    ///
    /// ```swift
    /// struct Line: Encodable { var sku: String; var price: Decimal }
    /// try JSONValue.encoding(Line(sku: "A-1", price: 9.99))   // .object(["price": .number("9.99"), "sku": .string("A-1")])
    /// ```
    public static func encoding<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONValue(parsing: JSONEncoder().encode(value))
    }
}
