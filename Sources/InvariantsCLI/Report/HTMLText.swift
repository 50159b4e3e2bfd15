import Invariants

/// HTML markup that is safe to put in a page: literal text in the source is markup as written, and every
/// interpolated value is escaped (`&`, `<`, `>`, `"`, `'`) unless it is itself `HTMLText`.
///
/// ```swift
/// let value = "<script>alert(1)</script>"
/// let cell: HTMLText = "<td class=\"v\">\(value)</td>"
/// cell.markup   // <td class="v">&lt;script&gt;alert(1)&lt;/script&gt;</td>
/// ```
struct HTMLText: ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, with every captured value escaped.
    private(set) var markup: String

    /// Text as markup: escaped.
    init(escaping text: String) {
        markup = Self.escape(text)
    }

    /// Markup written in the source, as is.
    init(stringLiteral markup: String) {
        self.markup = markup
    }

    init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    var description: String { markup }

    /// Joins pieces of markup.
    static func joined(_ pieces: [HTMLText], separator: HTMLText = "") -> HTMLText {
        var result: HTMLText = ""
        for (index, piece) in pieces.enumerated() {
            if index > 0 { result.markup += separator.markup }
            result.markup += piece.markup
        }
        return result
    }

    static func + (lhs: HTMLText, rhs: HTMLText) -> HTMLText {
        var result = lhs
        result.markup += rhs.markup
        return result
    }

    static func += (lhs: inout HTMLText, rhs: HTMLText) {
        lhs.markup += rhs.markup
    }

    /// `&`, `<`, `>`, `"` and `'` as character references: safe in text, in `<pre>` and in quoted attributes;
    /// control, bidi and zero-width characters shown as `\u{202E}` (``DisplayText``), line breaks kept.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in DisplayText.keepingLineBreaks(text).unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Builds markup from a literal with interpolations: literal segments as written, values escaped.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Markup, as is.
        mutating func appendInterpolation(_ html: HTMLText) {
            markup += html.markup
        }

        /// Any other value, escaped.
        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            markup += HTMLText.escape(value.description)
        }
    }
}
