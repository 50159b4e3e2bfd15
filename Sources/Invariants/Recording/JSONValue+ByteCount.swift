extension JSONValue {
    /// The number of UTF-8 bytes of ``serialized()``, counted without building the text.
    var serializedByteCount: Int {
        switch self {
        case .null: return 4
        case .bool(let flag): return flag ? 4 : 5
        case .number(let text): return text.utf8.count
        case .string(let text): return Self.serializedByteCount(of: text)
        case .array(let elements):
            var count = 2 + max(elements.count - 1, 0)
            for element in elements { count += element.serializedByteCount }
            return count
        case .object(let members):
            var count = 2 + max(members.count - 1, 0) + members.count
            for (key, member) in members { count += Self.serializedByteCount(of: key) + member.serializedByteCount }
            return count
        }
    }

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
