import Foundation

/// Renders observed values into violation messages, bounded so a huge value cannot flood a record.
@usableFromInline
enum ObservedValue {
    /// Longest rendering kept in a message, in characters.
    static let limit = 240

    @usableFromInline
    static func describe(_ value: some Any) -> String {
        // Decimal's own description divides digit by digit (≈ 14k instructions); DecimalText writes the same.
        let text = (value as? Decimal).map(DecimalText.description(of:)) ?? String(describing: value)
        guard text.count > limit else { return text }
        return text.prefix(limit) + "… (\(text.count) characters)"
    }
}
