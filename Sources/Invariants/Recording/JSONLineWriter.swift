import Foundation

/// Writes compact JSON byte for byte as `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` does,
/// without going through `Encodable`: the journal's line format (see ``ViolationRecord/jsonLine()``).
///
/// What that takes: keys sorted by their UTF-8 bytes; `"`, `\` and control characters escaped, `\b \f \n \r
/// \t` in short form and the others as `\u00xx`; doubles as their shortest description without a trailing
/// `.0`; and a ``JSONValue/number(_:)`` written as `JSONValue`'s `Encodable` conformance writes it, through
/// `Decimal` (`1.50` → `1.5`, `1e3` → `1000`, `-0` → `0`).
struct JSONLineWriter {
    /// A number literal that `JSONValue`'s `Encodable` conformance refuses; `path` is innermost last.
    struct InvalidNumber: Error {
        var path: [String]
        var message: String
    }

    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Structure

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"key":`; `key` must need no escaping (the record's own field names).
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    private mutating func dynamicKey(_ key: String) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Ends a line: appends `\n`, after which the next value starts without a comma.
    mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    // MARK: - Scalars

    mutating func string(_ text: String) {
        separate()
        writeString(text)
        needsComma = true
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    /// A double as `JSONEncoder` writes it: `0.05`, `20` (not `20.0`), `1e-05`, `1e+20`.
    mutating func double(_ value: Double) {
        separate()
        bytes.append(contentsOf: Self.text(of: value).utf8)
        needsComma = true
    }

    mutating func strings(_ values: [String]) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for value in values { string(value) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A `[String: String]` object, keys sorted by their UTF-8 bytes.
    mutating func strings(_ values: [String: String]) {
        beginObject()
        for key in Self.sortedKeys(values.keys) {
            dynamicKey(key)
            string(values[key]!)
        }
        endObject()
    }

    // MARK: - JSON values

    mutating func value(_ value: JSONValue) throws(InvalidNumber) {
        switch value {
        case .null:
            separate()
            bytes.append(contentsOf: "null".utf8)
            needsComma = true
        case .bool(let flag):
            bool(flag)
        case .number(let literal):
            separate()
            bytes.append(contentsOf: try Self.encoderText(ofNumber: literal).utf8)
            needsComma = true
        case .string(let text):
            string(text)
        case .array(let elements):
            separate()
            bytes.append(UInt8(ascii: "["))
            needsComma = false
            for (index, element) in elements.enumerated() {
                do { try self.value(element) } catch { throw error.inside("[\(index)]") }
            }
            bytes.append(UInt8(ascii: "]"))
            needsComma = true
        case .object(let members):
            beginObject()
            for key in Self.sortedKeys(members.keys) {
                dynamicKey(key)
                do { try self.value(members[key]!) } catch { throw error.inside(key) }
            }
            endObject()
        }
    }

    // MARK: - Helpers

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: "u00".utf8)
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Keys in the order `JSONEncoder`'s `.sortedKeys` writes them: by their UTF-8 bytes.
    static func sortedKeys(_ keys: some Collection<String>) -> [String] {
        keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func text(of value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The text `JSONEncoder` writes for `JSONValue.number(literal)`: the literal through `Decimal`, or through
    /// `Double` when `Decimal` cannot hold it.
    ///
    /// Plain literals of at most 38 digits (`-12.50`, `0.05`, `42`), which `Decimal` holds exactly, are
    /// normalised here without `Decimal`: trailing fractional zeros and a lone `.` dropped, negative zero made
    /// `0`. Anything else (exponents, longer literals) goes through `Decimal` itself.
    static func encoderText(ofNumber literal: String) throws(InvalidNumber) -> String {
        var literal = literal
        let plain: String?? = literal.withUTF8 { utf8 in Self.plainNormalised(utf8) }
        switch plain {
        case .some(.some(let normalised)): return normalised
        case .some(.none): return literal
        case .none: return try decimalText(of: literal)
        }
    }

    /// `nil` when `utf8` is not a plain literal of at most 38 digits; `.some(nil)` when it is already in the
    /// form `Decimal` writes; otherwise that form.
    private static func plainNormalised(_ utf8: UnsafeBufferPointer<UInt8>) -> String?? {
        let zero = UInt8(ascii: "0")
        func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= UInt8(ascii: "9") }
        var index = 0
        let count = utf8.count
        let negative = count > 0 && utf8[0] == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        guard index < count, isDigit(utf8[index]) else { return nil }
        if utf8[index] == zero {
            index += 1
        } else {
            while index < count, isDigit(utf8[index]) { index += 1 }
        }
        let integerEnd = index
        var fractionStart = index
        var fractionEnd = index
        if index < count, utf8[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < count, isDigit(utf8[index]) { index += 1 }
            guard index > fractionStart else { return nil }
            fractionEnd = index
        }
        guard index == count, (integerEnd - integerStart) + (fractionEnd - fractionStart) <= 38 else { return nil }
        let hadFraction = fractionEnd > integerEnd
        while fractionEnd > fractionStart, utf8[fractionEnd - 1] == zero { fractionEnd -= 1 }
        let integerIsZero = integerEnd - integerStart == 1 && utf8[integerStart] == zero
        if integerIsZero && fractionEnd == fractionStart { return negative || hadFraction ? .some("0") : .some(nil) }
        let trimmedEnd = fractionEnd > fractionStart ? fractionEnd : integerEnd
        if trimmedEnd == count { return .some(nil) }
        return .some(String(decoding: UnsafeBufferPointer(rebasing: utf8[0..<trimmedEnd]), as: UTF8.self))
    }

    /// Exactly what `JSONValue.encode(to:)` hands `JSONEncoder`, rendered as `JSONEncoder` renders it.
    private static func decimalText(of literal: String) throws(InvalidNumber) -> String {
        guard JSONValue.isValidNumberLiteral(literal) else {
            throw InvalidNumber(path: [], message: "'\(literal)' is not a JSON number literal")
        }
        if let decimal = Decimal(string: literal, locale: nil), !decimal.isNaN {
            return decimal.description
        }
        if let double = Double(literal), double.isFinite {
            return text(of: double)
        }
        throw InvalidNumber(path: [], message: "number \(literal) is out of range")
    }
}

extension JSONLineWriter.InvalidNumber {
    /// The same error one level further out.
    func inside(_ component: String) -> Self {
        var copy = self
        copy.path.insert(component, at: 0)
        return copy
    }
}
