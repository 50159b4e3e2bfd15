import Foundation

/// The variants a text string can be drawn as: the spellings of one identifier that code compares wrongly
/// (case, whitespace, Unicode normalisation, a prefix, the last character moved by one). Variant 0 is the
/// string itself, so shrinking leads back to it. A variant that would leave the alphabet or the length
/// range is the string itself.
enum StringVariant {
    static let last: UInt64 = 10

    static func apply(_ variant: UInt64, to text: String, length: ClosedRange<Int>) -> String {
        let count = text.count
        let result: String
        switch variant {
        case 1: result = String(text.map(flipCase))
        case 2: result = flipFirstLetter(text)
        case 3: result = String(text.map { $0.isASCII ? Character($0.lowercased()) : $0 })
        case 4: result = String(text.map { $0.isASCII ? Character($0.uppercased()) : $0 })
        case 5: result = " " + text
        case 6: result = text + " "
        case 7: result = text.decomposedStringWithCanonicalMapping
        case 8: result = text.precomposedStringWithCanonicalMapping
        case 9: result = String(text.dropLast())
        case 10: result = nextLast(text)
        default: result = text
        }
        return length.contains(result.count) && (result.count == count || variant == 5 || variant == 6 || variant == 9)
            ? result : text
    }

    private static func flipCase(_ character: Character) -> Character {
        guard character.isASCII, character.isLetter else { return character }
        return Character(character.isUppercase ? character.lowercased() : character.uppercased())
    }

    private static func flipFirstLetter(_ text: String) -> String {
        guard let index = text.firstIndex(where: { $0.isASCII && $0.isLetter }) else { return text }
        var result = text
        result.replaceSubrange(index...index, with: String(flipCase(text[index])))
        return result
    }

    /// The last character moved by one within its class (`a`→`b`, `z`→`a`, `9`→`0`); others unchanged.
    private static func nextLast(_ text: String) -> String {
        guard let last = text.last, last.isASCII, let value = last.asciiValue else { return text }
        let ranges: [ClosedRange<UInt8>] = [97...122, 65...90, 48...57]
        guard let range = ranges.first(where: { $0.contains(value) }) else { return text }
        let next = value == range.upperBound ? range.lowerBound : value + 1
        return String(text.dropLast()) + String(UnicodeScalar(next))
    }
}
