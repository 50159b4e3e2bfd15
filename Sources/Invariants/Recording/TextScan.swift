/// One pass over a string for what redaction and measuring need: its serialized size, its digits, and
/// whether it holds a byte that a secret in text needs: a `:` or `=` (`token=abc`, a URL), a space
/// (`Bearer abc`, "the password is x"), a `,` (`("X-Api-Key", "abc")`), or a `.` or `-` (a JWT, a PEM
/// block, an SSN). A string without any of them (a SKU, a name, a number) is not scanned further.
struct TextScan {
    /// The size in UTF-8 bytes of the string written as JSON (as ``JSONValue/serializedByteCount(of:)``).
    var byteCount = 2
    var digits = 0
    var hasLabelSeparator = false
    var hasSecretMarker = false

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
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "-"):
                hasSecretMarker = true
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
