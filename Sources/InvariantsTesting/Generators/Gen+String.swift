extension Gen where Value == String {
    /// Strings of `characters` (ASCII by default) with a length, in drawn characters, in `length`.
    ///
    /// With ``Gen/unicode`` adjacent characters can merge into one grapheme, so `count` may be smaller.
    ///
    /// ```swift
    /// let name = Gen.string(length: 1...12)
    /// let text = Gen.string(.unicode, length: 0...40)
    /// ```
    public static func string(_ characters: Gen<Character> = .ascii, length: ClosedRange<Int> = 0...20) -> Gen<String> {
        characters.array(count: length).map { String($0) }
    }

    /// ASCII strings of 0 to 20 characters, shrinking toward `""`.
    ///
    /// ```swift
    /// Property(over: .string).check { $0.uppercased().count == $0.count }
    /// ```
    public static var string: Gen<String> { string() }
}
