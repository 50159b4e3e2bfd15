/// Captured text made safe to show to a person: every character that could make it display as something
/// else is written as an escape instead. One helper for every place that shows captured values (the console
/// sink and alert channel, `invariants tail`, `report` as text and HTML, and the review views).
///
/// Escaped as `\n`, `\r`, `\t` or `\u{…}` (uppercase hex): control characters (C0, DEL and C1), bidirectional
/// formatting (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), zero-width and invisible characters
/// (U+00AD, U+180E, U+200B–U+200D, U+2060–U+2064, U+FEFF), line and paragraph separators (U+2028, U+2029),
/// interlinear annotations (U+FFF9–U+FFFB) and tag characters (U+E0000–U+E007F). So a value holding
/// U+202E (right-to-left override) cannot make `ok.exe` of `exe.ko`, and one holding a newline cannot forge
/// a line of a log.
///
/// ```swift
/// DisplayText.oneLine("total\u{202E}0.01\ninvariants: ✗ forged")   // total\u{202E}0.01\ninvariants: ✗ forged (escaped)
/// DisplayText.keepingLineBreaks("{\n  \"a\": \"x\u{200B}\"\n}")      // the newlines stay, the U+200B is \u{200B}
/// ```
public enum DisplayText {
    /// `text` on one line: line breaks and every other character listed above escaped.
    ///
    /// ```swift
    /// DisplayText.oneLine("a\nb")   // a\nb (a backslash and an n)
    /// ```
    public static func oneLine(_ text: String) -> String {
        escaping(text, keepingLineBreaks: false)
    }

    /// `text` with the characters listed above escaped, except `\n`, for multi-line blocks (pretty JSON).
    ///
    /// ```swift
    /// DisplayText.keepingLineBreaks("a\n\u{202E}b")   // a, a line break, then \u{202E}b
    /// ```
    public static func keepingLineBreaks(_ text: String) -> String {
        escaping(text, keepingLineBreaks: true)
    }

    /// Whether `scalar` is shown escaped (a line break is, by ``oneLine(_:)``).
    ///
    /// ```swift
    /// DisplayText.isEscaped("\u{2066}")   // true
    /// ```
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064,
            0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    private static func escaping(_ text: String, keepingLineBreaks: Bool) -> String {
        // Printable ASCII needs nothing: only a control byte or a multi-byte character can need an escape.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }),
            text.unicodeScalars.contains(where: { isEscaped($0) && !(keepingLineBreaks && $0 == "\n") })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where keepingLineBreaks: result.unicodeScalars.append(scalar)
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isEscaped(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
