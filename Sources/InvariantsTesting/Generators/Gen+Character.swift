extension Gen where Value == Character {
    /// Printable ASCII plus tab and newline, shrinking toward `"a"` (letters, then digits, then symbols).
    ///
    /// ```swift
    /// let initial = Gen<Character>.ascii
    /// ```
    public static var ascii: Gen<Character> {
        var gen = element(of: asciiTable)
        gen.isText = true
        return gen
    }

    /// Any Unicode character: ASCII, any scalar (no surrogates), letters with combining marks, and a set of
    /// troublemakers (emoji with ZWJ and skin tones, flags, RTL marks, `"\r\n"`, `"ß"`, `"İ"`, BOM).
    ///
    /// ```swift
    /// Property(over: .string(.unicode)).check { String($0.reversed().reversed()) == $0 }
    /// ```
    public static var unicode: Gen<Character> {
        var gen = Gen<Character> { context in
            let kind = try context.choose(upTo: 3) {
                let roll = context.random(upTo: 99)
                return roll < 30 ? 0 : roll < 65 ? 1 : roll < 80 ? 2 : 3
            }
            switch kind {
            case 0:
                let index = try context.choose(upTo: UInt64(asciiTable.count - 1)) {
                    context.random(upTo: UInt64(asciiTable.count - 1))
                }
                _ = try context.choose(upTo: 0)
                return asciiTable[Int(index)]
            case 1:
                let code = try context.choose(upTo: 0x10_FFFF - 0x800) {
                    context.chance(0.6) ? context.random(upTo: 0xFFFF - 0x800) : context.random(upTo: 0x10_F7FF)
                }
                _ = try context.choose(upTo: 0)
                let scalar = UInt32(code < 0xD800 ? code : code + 0x800)
                return Character(Unicode.Scalar(scalar) ?? "a")
            case 2:
                let base = try context.choose(upTo: 51) { context.random(upTo: 51) }
                let mark = try context.choose(upTo: 0x6F) { context.random(upTo: 0x6F) }
                var text = String(asciiTable[Int(base)])
                text.unicodeScalars.append(Unicode.Scalar(UInt32(0x300 + mark))!)
                return Character(text)
            default:
                let index = try context.choose(upTo: UInt64(troublemakers.count - 1)) {
                    context.random(upTo: UInt64(troublemakers.count - 1))
                }
                _ = try context.choose(upTo: 0)
                return troublemakers[Int(index)]
            }
        }
        gen.isText = true
        return gen
    }

    static let asciiTable: [Character] = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n"
    )

    static let troublemakers: [Character] = [
        "é", "ß", "İ", "ﬁ", "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "\r\n", "\u{200F}", "\u{FEFF}", "\u{0}", "\u{7F}", "中", "ا",
    ]
}
