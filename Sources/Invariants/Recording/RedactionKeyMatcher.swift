/// A ``Redaction``'s key patterns laid out for ``Redaction/isSensitive(key:)``: every pattern's bytes in
/// one array, the patterns sorted by their first byte, and for each byte value the range of patterns that
/// start with it, so at each position of a key only the patterns that can start there are compared, and
/// comparing retains nothing.
struct RedactionKeyMatcher: Sendable {
    struct Needle: Sendable {
        var start: Int
        var count: Int
        var isWord: Bool
    }

    private var bytes: [UInt8] = []
    private var needles: [Needle] = []
    /// For each byte value, the range of ``needles`` that start with it (packed: lower << 16 | upper).
    private var byFirstByte = [UInt32](repeating: 0, count: 256)

    init(_ patterns: [Redaction.KeyPattern]) {
        var pieces: [(bytes: [UInt8], isWord: Bool)] = []
        for pattern in patterns {
            switch pattern {
            case .substring(let needle): pieces.append((needle, false))
            case .word(let word): pieces.append((word, true))
            }
        }
        pieces = pieces.filter { !$0.bytes.isEmpty }.sorted { $0.bytes[0] < $1.bytes[0] }
        for piece in pieces {
            let first = Int(piece.bytes[0])
            let index = UInt32(needles.count)
            if byFirstByte[first] == 0 { byFirstByte[first] = index << 16 | index }
            byFirstByte[first] = (byFirstByte[first] & 0xFFFF_0000) | (index + 1)
            needles.append(Needle(start: bytes.count, count: piece.bytes.count, isWord: piece.isWord))
            bytes.append(contentsOf: piece.bytes)
        }
    }

    /// Whether a pattern matches the normalised key: a substring pattern anywhere in it, a word pattern
    /// where it is also one of `words()` (the key's words, asked for only then).
    func matches(normalized key: UnsafeBufferPointer<UInt8>, words: () -> [[UInt8]]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            needles.withUnsafeBufferPointer { needles in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    var keyWords: [[UInt8]]?
                    for start in key.indices {
                        let range = byFirstByte[Int(key[start])]
                        guard range != 0 else { continue }
                        for index in Int(range >> 16)..<Int(range & 0xFFFF) {
                            let needle = needles[index]
                            guard needle.count <= key.count - start else { continue }
                            var offset = 1
                            while offset < needle.count && bytes[needle.start + offset] == key[start + offset] {
                                offset += 1
                            }
                            guard offset == needle.count else { continue }
                            guard needle.isWord else { return true }
                            if keyWords == nil { keyWords = words() }
                            let word = Array(bytes[needle.start..<needle.start + needle.count])
                            if keyWords!.contains(word) { return true }
                        }
                    }
                    return false
                }
            }
        }
    }
}
