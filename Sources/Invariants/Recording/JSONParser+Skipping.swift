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
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return skipNumber()
        default: return false
        }
    }

    /// Moves past a string (the position at its opening quote) and returns its raw bytes, without the quotes,
    /// when they hold no escape and only ASCII; `nil` (position unchanged) for any other string or no string.
    mutating func rawASCIIString() -> UnsafeRawBufferPointer? {
        guard position < bytes.count, let base = bytes.baseAddress,
            base.load(fromByteOffset: position, as: UInt8.self) == UInt8(ascii: "\"")
        else { return nil }
        let start = position + 1
        var index = start
        let end = bytes.count
        // Eight bytes at a time: the lowest flagged byte of a word is the first quote, backslash, control
        // character or non-ASCII byte, and only a quote ends a plain string.
        while index + 8 <= end {
            let flags = Self.specialBytes(
                UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            if flags == 0 {
                index += 8
                continue
            }
            index += flags.trailingZeroBitCount >> 3
            guard base.load(fromByteOffset: index, as: UInt8.self) == UInt8(ascii: "\"") else { return nil }
            position = index + 1
            return UnsafeRawBufferPointer(start: base + start, count: index - start)
        }
        while index < end {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return UnsafeRawBufferPointer(start: base + start, count: index - start)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            index += 1
        }
        return nil
    }

    /// Moves past a string, validating it as ``parseString()`` does; allocates only for non-ASCII text.
    mutating func skipString() -> Bool {
        if rawASCIIString() != nil { return true }
        guard let base = bytes.baseAddress, peek() == UInt8(ascii: "\"") else { return false }
        let start = position
        var index = position + 1
        while index < bytes.count {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                return true
            case UInt8(ascii: "\\"):
                guard let next = escapeEnd(at: index) else { return false }
                index = next
            case ..<0x20:
                return false
            case 0x80...:
                // Non-ASCII: the full reader validates the UTF-8.
                position = start
                return (try? parseString()) != nil
            default:
                index += 1
            }
        }
        return false
    }

    /// The index after the escape sequence starting with the backslash at `index`, or `nil` when it is not one
    /// ``parseString()`` takes (unknown escape, bad hex, unpaired surrogate).
    private func escapeEnd(at index: Int) -> Int? {
        guard index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: index + 2) else { return nil }
            if (0xDC00...0xDFFF).contains(unit) { return nil }
            guard (0xD800...0xDBFF).contains(unit) else { return index + 6 }
            guard index + 7 < bytes.count, bytes[index + 6] == UInt8(ascii: "\\"),
                bytes[index + 7] == UInt8(ascii: "u"),
                let low = hex4(at: index + 8), (0xDC00...0xDFFF).contains(low)
            else { return nil }
            return index + 12
        default:
            return nil
        }
    }

    private func hex4(at index: Int) -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// The top bit of each byte (first byte lowest) that is `"`, `\`, below 0x20 or above 0x7F, or 0 when none is
    /// (SWAR: a zero-byte test on `word ^ pattern` for the two characters, a borrow test for the control
    /// characters, the top bits). A byte after a flagged one may be flagged wrongly; the first flagged never is.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quote = hasZero(word ^ (ones &* 0x22))
        let backslash = hasZero(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control | (word & highs)
    }

    /// Moves past a number as ``parseNumberText()`` reads one, without making its text.
    mutating func skipNumber() -> Bool {
        if peek() == UInt8(ascii: "-") { position += 1 }
        switch peek() ?? 0 {
        case UInt8(ascii: "0"): position += 1
        case UInt8(ascii: "1")...UInt8(ascii: "9"): skipDigitsQuickly()
        default: return false
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let digit = peek(), digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return false }
            skipDigitsQuickly()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return false }
            skipDigitsQuickly()
        }
        return true
    }

    private mutating func skipDigitsQuickly() {
        while let digit = peek(), digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") { position += 1 }
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
