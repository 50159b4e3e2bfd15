/// One pass over a string for what redaction and measuring need: its serialized size, its digits, and
/// whether it holds what a secret in text needs: a `:` or `=` (`token=abc`, a URL's `://`), a space or `,`
/// (`Bearer abc`, "the password is x", `("X-Api-Key", "abc")`), `eyJ` (a JWT) or `-----` (a PEM block);
/// 9 digits or more may be an SSN, 13 or more a card. A string with none of them (a SKU, an email, a
/// number) is not scanned further.
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
        var dashes = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte <= UInt8(ascii: "\\") else {
                dashes = 0
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
            case UInt8(ascii: ":"), UInt8(ascii: "="):
                hasLabelSeparator = true
            case UInt8(ascii: " "), UInt8(ascii: ","):
                hasSecretMarker = true
            case UInt8(ascii: "-"):
                dashes += 1
                if dashes >= 5 { hasSecretMarker = true }
                continue
            case UInt8(ascii: "J"):
                if index >= 2 && bytes[index - 1] == UInt8(ascii: "y") && bytes[index - 2] == UInt8(ascii: "e") {
                    hasSecretMarker = true
                }
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                byteCount += 1
            case ..<0x20:
                byteCount += 5
            default:
                break
            }
            dashes = 0
        }
    }
}
