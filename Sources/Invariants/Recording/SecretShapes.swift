/// Finds values that are secrets by their shape alone, wherever they appear in text: JWTs, PEM private-key
/// blocks, URL userinfo and US social security numbers. (`Bearer`/`Basic` credentials follow a word, so
/// ``LabelledSecrets`` finds them; card numbers are ``CardNumbers``.)
///
/// Each finder is one forward pass that looks only where its shape can start, so a text costs a few
/// comparisons per byte, however long it is.
enum SecretShapes {
    /// Appends the byte ranges of every shape in `bytes` to `ranges`.
    static func appendRanges(in bytes: UnsafeBufferPointer<UInt8>, to ranges: inout [Range<Int>]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var end: Int?
            var start = index
            switch byte {
            case UInt8(ascii: "e"): end = jwtEnd(bytes, at: index)
            case UInt8(ascii: "-"): end = pemEnd(bytes, at: index)
            case UInt8(ascii: ":"):
                if let userinfo = userinfo(bytes, at: index) {
                    (start, end) = (userinfo.lowerBound, userinfo.upperBound)
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"): end = ssnEnd(bytes, at: index)
            default: break
            }
            if let end {
                ranges.append(start..<end)
                index = end
            } else {
                index += 1
            }
        }
    }

    /// A JWT: `eyJ` (base64 of `{"`) at a word start, then base64url segments joined by dots, at least two.
    private static func jwtEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 10 < bytes.count, bytes[start + 1] == UInt8(ascii: "y"), bytes[start + 2] == UInt8(ascii: "J"),
            start == 0 || !isBase64URL(bytes[start - 1])
        else { return nil }
        var index = start
        var dots = 0
        while index < bytes.count, isBase64URL(bytes[index]) || bytes[index] == UInt8(ascii: ".") {
            if bytes[index] == UInt8(ascii: ".") { dots += 1 }
            index += 1
        }
        return dots >= 1 && index - start >= 12 ? index : nil
    }

    private static let pemBegin = Array("-----BEGIN ".utf8)
    private static let pemEnd = Array("-----END ".utf8)
    private static let privateKey = Array("PRIVATE KEY".utf8)
    private static let dashes = Array("-----".utf8)

    /// A PEM private-key block: `-----BEGIN … PRIVATE KEY-----` through its `-----END …-----` line (or the
    /// end of the text when the block is cut).
    private static func pemEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard matches(pemBegin, in: bytes, at: start) else { return nil }
        let labelStart = start + pemBegin.count
        guard let labelEnd = find(dashes, in: bytes, from: labelStart, within: 64),
            find(privateKey, in: bytes, from: labelStart, within: labelEnd - labelStart) != nil
        else { return nil }
        guard let end = find(pemEnd, in: bytes, from: labelEnd + dashes.count, within: bytes.count) else {
            return bytes.count
        }
        let closing = find(dashes, in: bytes, from: end + pemEnd.count, within: 64)
        return closing.map { $0 + dashes.count } ?? bytes.count
    }

    /// The userinfo of a URL (`user:pw` in `https://user:pw@host/`), given the `:` of its `://`.
    private static func userinfo(_ bytes: UnsafeBufferPointer<UInt8>, at colon: Int) -> Range<Int>? {
        guard colon + 3 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        let start = colon + 3
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "@"):
                return index > start ? start..<index : nil
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), ...UInt8(ascii: " "):
                return nil
            default:
                index += 1
            }
        }
        return nil
    }

    /// A social security number written `123-45-6789`, not part of a longer run of digits.
    private static func ssnEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 11 <= bytes.count, start == 0 || !CardNumbers.isDigit(bytes[start - 1]) else { return nil }
        for offset in 0..<11 {
            let byte = bytes[start + offset]
            let isDash = offset == 3 || offset == 6
            guard isDash ? byte == UInt8(ascii: "-") : CardNumbers.isDigit(byte) else { return nil }
        }
        let end = start + 11
        if end < bytes.count, CardNumbers.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "-") { return nil }
        return end
    }

    static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + needle.count <= bytes.count else { return false }
        for offset in needle.indices where bytes[start + offset] != needle[offset] { return false }
        return true
    }

    /// The index of the first `needle` starting in `from ..< from + within`, if any.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, within: Int) -> Int? {
        let last = min(from + within, bytes.count - needle.count)
        guard from <= last else { return nil }
        for start in from...last where bytes[start] == needle[0] && matches(needle, in: bytes, at: start) {
            return start
        }
        return nil
    }
}
