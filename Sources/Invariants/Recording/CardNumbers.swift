/// Finds payment card numbers in text: runs of 13–19 digits, optionally separated by single spaces or
/// dashes, that pass the Luhn check.
enum CardNumbers {
    /// `text` with every card number replaced by the placeholder, or `nil` when it holds none.
    ///
    /// A run of digit groups is searched for the longest span of whole groups that is a card number, so
    /// `4111 1111 1111 1111 12 34` still loses its card. A single group of more than 19 digits is an
    /// identifier, not a card, and is kept.
    static func redacting(in text: String) -> String? {
        var digitCount = 0
        for byte in text.utf8 where isDigit(byte) { digitCount += 1 }
        guard digitCount >= 13 else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            var found: [Range<Int>] = []
            appendRanges(in: bytes, to: &found)
            return SecretRanges.replacing(found, in: bytes)
        }
    }

    /// Appends the byte ranges of the card numbers in `bytes` to `ranges`.
    static func appendRanges(in bytes: UnsafeBufferPointer<UInt8>, to ranges: inout [Range<Int>]) {
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let groups = digitGroups(in: bytes, from: index)
            index = groups.last!.upperBound
            var first = 0
            while first < groups.count {
                guard let last = longestCard(in: bytes, groups: groups, from: first) else {
                    first += 1
                    continue
                }
                ranges.append(groups[first].lowerBound..<groups[last].upperBound)
                first = last + 1
            }
        }
    }

    /// Whether a JSON number literal is an integer that is a card number.
    static func isCardNumber(literal: String) -> Bool {
        let digits = Array(literal.utf8)
        guard (13...19).contains(digits.count), digits.allSatisfy(isDigit) else { return false }
        return passesLuhn(digits[...])
    }

    /// The ranges of the digit groups starting at `start`, joined by single spaces or dashes.
    private static func digitGroups(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var groupStart = start
        var index = start
        while true {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
            groups.append(groupStart..<index)
            let separator = index < bytes.count ? bytes[index] : 0
            guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"),
                index + 1 < bytes.count, isDigit(bytes[index + 1])
            else { return groups }
            index += 1
            groupStart = index
        }
    }

    /// The last group of the longest card number made of whole groups starting at `first`, if any.
    private static func longestCard(in bytes: UnsafeBufferPointer<UInt8>, groups: [Range<Int>], from first: Int) -> Int?
    {
        var digits: [UInt8] = []
        var candidate: Int?
        for last in first..<groups.count {
            digits.append(contentsOf: bytes[groups[last]])
            if digits.count > 19 { break }
            if digits.count >= 13 && passesLuhn(digits[...]) { candidate = last }
        }
        return candidate
    }

    /// The Luhn (mod 10) check over ASCII digits.
    static func passesLuhn(_ digits: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        var doubles = false
        for byte in digits.reversed() {
            var digit = Int(byte - UInt8(ascii: "0"))
            if doubles {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
            doubles.toggle()
        }
        return sum % 10 == 0
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
