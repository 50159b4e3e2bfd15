import Foundation

/// How values become JSON, as a default `JSONEncoder` writes them: integers and floating-point numbers as
/// their `description` (a trailing `.0` removed), `Decimal` as its `description` (see ``DecimalText``), `Date` as its
/// `timeIntervalSinceReferenceDate`, `Data` as Base64, `URL` as its `absoluteString`.
extension JSONValueEncoder {
    /// The JSON of the types `JSONEncoder` writes specially, or `nil` for any other type.
    static func special<T: Encodable>(_ value: T, at path: @autoclosure () -> [any CodingKey]) throws -> JSONValue? {
        // `unsafeBitCast` after the type test: `as!` would go through the runtime's dynamic cast.
        if T.self == Decimal.self {
            let decimal = unsafeBitCast(value, to: Decimal.self)
            guard !decimal.isNaN else {
                throw EncodingError.invalidValue(
                    decimal, .init(codingPath: path(), debugDescription: "Unable to encode Decimal.nan in JSON."))
            }
            return .number(DecimalText.description(of: decimal))
        }
        if T.self == Date.self {
            return try number(unsafeBitCast(value, to: Date.self).timeIntervalSinceReferenceDate, at: path())
        }
        if T.self == Data.self { return .string(unsafeBitCast(value, to: Data.self).base64EncodedString()) }
        if T.self == URL.self { return .string(unsafeBitCast(value, to: URL.self).absoluteString) }
        return nil
    }

    /// A finite floating-point number as JSON; a non-finite one throws, as with `JSONEncoder`'s default strategy.
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: F, at path: @autoclosure () -> [any CodingKey]
    ) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value,
                .init(codingPath: path(), debugDescription: "Unable to encode \(F.self).\(value) directly in JSON.")
            )
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    /// An integer as JSON.
    static func number<I: FixedWidthInteger>(_ value: I) -> JSONValue {
        .number(value.description)
    }
}
