/// Skipping values without building them: the journal's summary scan passes over snapshots this way.
///
/// A skip accepts exactly what ``JSONParser/parseValue()`` accepts (grammar, escapes, UTF-8, nesting depth),
/// so a line a scan takes is a line the full reader takes too; it only allocates for strings with escapes or
/// non-ASCII bytes, which it hands to ``JSONParser/parseString()`` to validate.
extension JSONParser {
    /// Moves past one value; `false` (position unspecified) when the bytes are not a valid JSON value there.
    mutating func skipValue() -> Bool {
        skipWhitespace()
        guard let byte = peek() else { return false }
        switch byte {
        case UInt8(ascii: "{"): return skipObject()
        case UInt8(ascii: "["): return skipArray()
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "t"): return skipLiteral("true")
        case UInt8(ascii: "f"): return skipLiteral("false")
        case UInt8(ascii: "n"): return skipLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return (try? parseNumberText()) != nil
        default: return false
        }
    }

    /// Moves past a string (the position at its opening quote) and returns its raw bytes, without the quotes,
    /// when they hold no escape and only ASCII; `nil` after a valid string that does, or an invalid one
    /// (check ``position`` against the start to tell them apart, or use ``skipString()``).
    mutating func rawASCIIString() -> UnsafeRawBufferPointer? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return UnsafeRawBufferPointer(rebasing: bytes[start..<index])
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            index += 1
        }
        return nil
    }

    /// Moves past a string, validating it as ``parseString()`` does.
    mutating func skipString() -> Bool {
        let start = position
        if rawASCIIString() != nil { return true }
        position = start
        return (try? parseString()) != nil
    }

    private mutating func skipObject() -> Bool {
        depth += 1
        guard depth <= Self.maximumDepth else { return false }
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return true
        }
        while true {
            guard peek() == UInt8(ascii: "\""), skipString() else { return false }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { return false }
            position += 1
            guard skipValue() else { return false }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return true
            default:
                return false
            }
        }
    }

    private mutating func skipArray() -> Bool {
        depth += 1
        guard depth <= Self.maximumDepth else { return false }
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return true
        }
        while true {
            guard skipValue() else { return false }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return true
            default:
                return false
            }
        }
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
        position += count
        return true
    }
}
