/// Renders observed values into violation messages, bounded so a huge value cannot flood a record.
@usableFromInline
enum ObservedValue {
    /// Longest rendering kept in a message, in characters.
    static let limit = 240

    @usableFromInline
    static func describe(_ value: some Any) -> String {
        let text = String(describing: value)
        guard text.count > limit else { return text }
        return text.prefix(limit) + "… (\(text.count) characters)"
    }
}
