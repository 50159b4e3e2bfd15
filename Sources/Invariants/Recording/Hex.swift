/// Lowercase hexadecimal rendering of fixed-width integers.
enum Hex {
    /// The 16 lowercase hex digits of `value`, zero-padded: `Hex.string(255)` is `"00000000000000ff"`.
    static func string(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            write(value, into: buffer, at: 0)
            return 16
        }
    }

    /// The 32 lowercase hex digits of `high` then `low`, in one string.
    static func string(_ high: UInt64, _ low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            write(high, into: buffer, at: 0)
            write(low, into: buffer, at: 16)
            return 32
        }
    }

    private static func write(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var remaining = value
        for index in (start..<start + 16).reversed() {
            let nibble = UInt8(truncatingIfNeeded: remaining & 0xF)
            buffer[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            remaining >>= 4
        }
    }
}
