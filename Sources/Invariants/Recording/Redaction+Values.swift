extension Redaction {
    /// Returns `value` with every sensitive member, configured path and card number replaced by
    /// ``placeholder``, and the sorted paths of what was replaced.
    ///
    /// Paths are written from the root with dots between keys and `[i]` for array elements
    /// (`customer.cardNumber`, `lines[2].note`); a key that is not a plain name is written `["a.b"]`, and
    /// the root itself is `$`. Strings are also cleaned as by ``redact(text:)``.
    ///
    /// ```swift
    /// let input: JSONValue = ["customer": ["cardNumber": "4111 1111 1111 1111"], "lines": [["note": "hi"]]]
    /// Redaction.default.redact(input).redactedPaths   // ["customer.cardNumber"]
    /// ```
    public func redact(_ value: JSONValue) -> (value: JSONValue, redactedPaths: [String]) {
        var walker = RedactionWalker(redaction: self)
        let active = paths.indices.map { RedactionWalker.PathState(path: $0, position: 0) }
        let redacted = walker.walk(value, active: active) ?? value
        return (redacted, walker.redactedPaths.sorted())
    }

    /// ``redact(_:)`` that also measures the redacted value's serialized size, in the same walk.
    func redactMeasuring(_ value: JSONValue) -> (value: JSONValue, redactedPaths: [String], byteCount: Int) {
        var walker = RedactionWalker(redaction: self)
        let active = paths.indices.map { RedactionWalker.PathState(path: $0, position: 0) }
        let visit = walker.visit(value, active: active)
        return (visit.replacement ?? value, walker.redactedPaths.sorted(), visit.byteCount)
    }

    /// Whether a member with this key is redacted whole.
    ///
    /// The key is normalised (as by ``normalizedKey(_:)``) into a temporary buffer on the stack and compared
    /// by ``RedactionKeyMatcher``, so checking a key allocates nothing unless a word pattern needs its words.
    func isSensitive(key: String) -> Bool {
        guard !keyPatterns.isEmpty else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(key.utf8.count, 1)) { buffer in
            var length = 0
            for byte in key.utf8 {
                switch byte {
                case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "): continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[length] = byte + 32
                default: buffer[length] = byte
                }
                length += 1
            }
            let normalized = UnsafeBufferPointer(rebasing: buffer[..<length])
            return keyMatcher.matches(normalized: normalized) { Self.words(of: key) }
        }
    }

    /// The lowercased words of a key, split at non-alphanumerics and camel-case humps: `userSSNNumber` → user, ssn, number.
    static func words(of key: String) -> [[UInt8]] {
        let bytes = Array(key.utf8)
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isLower(_ byte: UInt8) -> Bool { (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte >= 0x80 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        for index in bytes.indices {
            let byte = bytes[index]
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if !current.isEmpty { words.append(current) }
                current = []
                continue
            }
            if isUpper(byte), !current.isEmpty {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                if isLower(previous) || isDigit(previous) || nextIsLower {
                    words.append(current)
                    current = []
                }
            }
            current.append(isUpper(byte) ? byte + 32 : byte)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
