extension JSONValue {
    /// The size of `text` as ``writeString(_:to:)`` writes it: quotes, `\"` and `\\`, `\u00XX` for controls.
    static func serializedByteCount(of text: String) -> Int {
        var count = 2
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): count += 2
            case ..<0x20: count += 6
            default: count += 1
            }
        }
        return count
    }
}
