extension Gen where Value == String {
    /// Strings of `characters` (ASCII by default) with a length, in drawn characters, in `length`.
    ///
    /// A string is often a repeat of one drawn earlier in the same case and, with the text alphabets
    /// (``Gen/ascii``, ``Gen/unicode``), a variant of it: case flipped, with a space around it, in NFC or NFD,
    /// a prefix, or the last character moved by one. Two tenant ids `"a"` and `"A"` come up that way. Variants
    /// keep to the alphabet and the length, and shrink back to the plain string.
    /// With ``Gen/unicode`` adjacent characters can merge into one grapheme, so `count` may be smaller.
    ///
    /// ```swift
    /// let name = Gen.string(length: 1...12)
    /// let text = Gen.string(.unicode, length: 0...40)
    /// ```
    public static func string(_ characters: Gen<Character> = .ascii, length: ClosedRange<Int> = 0...20) -> Gen<String> {
        let elements = characters.array(count: length)
        let key = "string \(length)"
        let variants = characters.isText
        return Gen { context in
            let start = context.choices.count
            var repeated = false
            if context.isProposing, context.chance(0.3), let earlier = context.earlierDraw(key) {
                context.force(earlier)
                repeated = true
            }
            let text = String(try elements.run(context))
            context.recordSpan(from: start)
            context.rememberDraw(key, from: start)
            guard variants else { return text }
            let variant = try context.choose(upTo: StringVariant.last) {
                guard repeated ? context.chance(0.75) : context.chance(0.03) else { return 0 }
                return 1 + context.random(upTo: StringVariant.last - 1)
            }
            return StringVariant.apply(variant, to: text, length: length)
        }
    }

    /// ASCII strings of 0 to 20 characters, shrinking toward `""`.
    ///
    /// ```swift
    /// Property(over: .string).check { $0.uppercased().count == $0.count }
    /// ```
    public static var string: Gen<String> { string() }
}
