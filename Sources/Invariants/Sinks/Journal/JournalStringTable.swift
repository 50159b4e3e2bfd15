import Glibc

/// Strings a journal scan has already made, found again by their bytes: a journal repeats its set and rule ids,
/// fingerprints, call sites and origins on every line, and making a `String` of them each time would be most of
/// a scan's allocations. A direct-mapped table of 512 slots; a collision just makes the string again.
final class JournalStringTable {
    private struct Slot {
        var bytes: [UInt8]
        var string: String
    }

    private var slots: [Slot?] = Array(repeating: nil, count: 512)

    /// The string of these UTF-8 bytes (ASCII, as the caller checked), made once per slot.
    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        let index = Int(hash & 511)
        if let slot = slots[index], slot.bytes.count == bytes.count,
            slot.bytes.withUnsafeBytes({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 })
        {
            return slot.string
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[index] = Slot(bytes: Array(bytes), string: string)
        return string
    }
}
