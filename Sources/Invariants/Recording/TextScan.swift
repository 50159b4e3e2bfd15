/// One pass over a string for what redaction and measuring need: its serialized size, its digits, and
/// whether it holds a `:` or `=` (which a labelled secret such as `token=abc` needs).
struct TextScan {
    /// The size in UTF-8 bytes of the string written as JSON (as ``JSONValue/serializedByteCount(of:)``).
    var byteCount = 2
    var digits = 0
    var hasLabelSeparator = false

    init(_ text: String) {
        var text = text
        text.withUTF8 { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        byteCount += bytes.count
        for byte in bytes where byte <= UInt8(ascii: "\\") {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
            case UInt8(ascii: ":"), UInt8(ascii: "="):
                hasLabelSeparator = true
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                byteCount += 1
            case ..<0x20:
                byteCount += 5
            default:
                break
            }
        }
    }
}
