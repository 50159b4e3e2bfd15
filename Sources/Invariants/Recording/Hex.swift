/// Lowercase hexadecimal rendering of fixed-width integers.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The 16 lowercase hex digits of `value`, zero-padded: `Hex.string(255)` is `"00000000000000ff"`.
    static func string(_ value: UInt64) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        var remaining = value
        for index in (0..<16).reversed() {
            bytes[index] = digits[Int(remaining & 0xF)]
            remaining >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
