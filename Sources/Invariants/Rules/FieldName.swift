import Foundation

/// How a message names a checked field (`\Quote.tax`), and whether its value may be shown.
@usableFromInline
struct FieldName: Sendable {
    /// `\Quote.tax`.
    let text: String
    /// Whether the field's name suggests a secret, so messages must not show its value.
    let isSensitive: Bool

    init(_ keyPath: AnyKeyPath) {
        self.text = Self.readable(String(describing: keyPath))
        self.isSensitive = SensitiveNames.matches(text)
    }

    /// A computed property has no name at run time: `\Box.<computed 0x5612… (Int)>` becomes
    /// `\Box.<computed Int>`, which stays the same from run to run.
    static func readable(_ description: String) -> String {
        var text = Substring(description)
        var result = ""
        while let start = text.range(of: "<computed 0x") {
            result += text[..<start.lowerBound]
            let rest = text[start.upperBound...]
            guard let open = rest.range(of: " ("), let close = rest.range(of: ")>") else { break }
            result += "<computed \(rest[open.upperBound..<close.lowerBound])>"
            text = rest[close.upperBound...]
        }
        return result + text
    }

    /// The observed value as a message shows it: `[Filtered]` for a secret-looking field.
    func show(_ value: some Any) -> String {
        isSensitive ? "[Filtered]" : ObservedValue.describe(value)
    }
}
