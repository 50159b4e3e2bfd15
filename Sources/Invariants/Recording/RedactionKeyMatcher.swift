/// A ``Redaction``'s key patterns laid out for ``Redaction/isSensitive(key:)``: every pattern's bytes in
/// one array and a mask of the bytes a pattern starts with, so a key is compared only where a pattern
/// could start, and comparing retains nothing.
struct RedactionKeyMatcher: Sendable {
    struct Needle: Sendable {
        var start: Int
        var count: Int
        var isWord: Bool
    }

    private var bytes: [UInt8] = []
    private var needles: [Needle] = []
    private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ patterns: [Redaction.KeyPattern]) {
        for pattern in patterns {
            let pieces: (bytes: [UInt8], isWord: Bool)
            switch pattern {
            case .substring(let needle): pieces = (needle, false)
            case .word(let word): pieces = (word, true)
            }
            guard let first = pieces.bytes.first else { continue }
            needles.append(Needle(start: bytes.count, count: pieces.bytes.count, isWord: pieces.isWord))
            bytes.append(contentsOf: pieces.bytes)
            let bit = UInt64(1) << UInt64(first & 63)
            switch first >> 6 {
            case 0: firstBytes.0 |= bit
            case 1: firstBytes.1 |= bit
            case 2: firstBytes.2 |= bit
            default: firstBytes.3 |= bit
            }
        }
    }

    private func mayStartPattern(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }

    /// Whether a pattern matches the normalised key: a substring pattern anywhere in it, a word pattern
    /// where it is also one of `words()` (the key's words, asked for only then).
    func matches(normalized key: UnsafeBufferPointer<UInt8>, words: () -> [[UInt8]]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            needles.withUnsafeBufferPointer { needles in
                var keyWords: [[UInt8]]?
                for start in key.indices where mayStartPattern(key[start]) {
                    for needle in needles where needle.count <= key.count - start {
                        var index = 0
                        while index < needle.count && bytes[needle.start + index] == key[start + index] { index += 1 }
                        guard index == needle.count else { continue }
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
