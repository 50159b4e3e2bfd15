/// Finds secrets that a word in free text names: the value after a sensitive label, and the credential
/// after `Bearer` or `Basic`.
///
/// A label is a word (letters, digits, `_ - .`) or a quoted string (`"…"` or `'…'`); the value follows it
/// after `:` or `=` (`password: x`, `token=x`, `{'api_key': 'x'}`), after `,` when the label opens a
/// pair (`("X-Api-Key", "x")`), or after `is`/`was` in prose ("the password is x"). Two words can
/// make one label ("the API key is x", "private key: x"). A `key`/`name`/`header`/`field` label whose
/// value is a sensitive name marks the next `value` label's value as a secret
/// (`{"key": "password", "value": "x"}`).
///
/// Sensitivity is only asked of a word that has a value after it, so ordinary prose costs a byte
/// classification per byte and nothing more.
struct LabelledSecrets {
    let bytes: UnsafeBufferPointer<UInt8>
    let redaction: Redaction
    private(set) var ranges: [Range<Int>] = []
    /// Measures values, and counts the scan's steps.
    private var ends: ValueEnds

    /// A scan of `bytes`; `memoBudget` is ``ValueEnds/memoBudget`` (tests set it to compare both ways of
    /// measuring).
    init(_ bytes: UnsafeBufferPointer<UInt8>, redaction: Redaction, memoBudget: Int? = nil) {
        self.bytes = bytes
        self.redaction = redaction
        self.ends = ValueEnds(bytes, memoBudget: memoBudget)
    }

    /// Bytes the scan examined: linear in the text's length whatever the text (tests bound it).
    var steps: Int { ends.steps }

    /// Scans the whole text and appends what it finds to ``ranges``.
    mutating func scan() {
        let labels = !redaction.keyPatterns.isEmpty
        var index = 0
        var previousWord: Range<Int>?
        var pairValuePending = false
        while index < bytes.count {
            ends.count()
            let byte = bytes[index]
            let label: Range<Int>
            var quoted = false
            var opensPair = false
            if let quoteWidth = quoteOpening(at: index) {
                // A label is at most 64 bytes: looking further for its closing quote would cost a scan per quote.
                guard let end = ends.endOfQuoted(from: index, within: 64 + 2 * quoteWidth) else {
                    index += 1
                    continue
                }
                label = (index + quoteWidth)..<(end - quoteWidth)
                // A quoted label is a name (`"X-Api-Key"`); other quoted text is looked inside.
                guard isName(label) else {
                    index += 1
                    continue
                }
                quoted = true
                opensPair =
                    previousNonSpace(before: index).map { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }
                    ?? false
                index = end
            } else if isWordByte(byte) && (index == 0 || !isWordByte(bytes[index - 1])) {
                let start = index
                while index < bytes.count && isWordByte(bytes[index]) { index += 1 }
                ends.count(index - start)
                label = start..<index
            } else {
                index += 1
                continue
            }
            defer {
                previousWord = quoted ? nil : label
                // A quoted label is text too ("the password is x" may open a pair): look inside it.
                if quoted { index = label.lowerBound }
            }
            if !quoted && redaction.redactsValueShapes, let credential = credential(after: label) {
                ranges.append(credential)
                index = credential.upperBound
                continue
            }
            guard labels, let (valueStart, prose) = valueStart(after: index, quoted: quoted, opensPair: opensPair)
            else { continue }
            // Sensitivity first: only a secret's value is measured (and then skipped), so the scan stays linear.
            var sensitive = pairValuePending && equalsIgnoringCase(label, "value")
            pairValuePending = false
            if !sensitive {
                sensitive = isSensitive(label)
                if !sensitive, let previousWord, !quoted, previousWord.upperBound + 1 == label.lowerBound,
                    bytes[previousWord.upperBound] == UInt8(ascii: " ")
                {
                    sensitive = isSensitive(previousWord.lowerBound..<label.upperBound)
                }
            }
            if sensitive {
                let valueEnd = prose ? endOfWord(from: valueStart) : ends.endOfValue(from: valueStart)
                guard valueEnd > valueStart else { continue }
                ranges.append(valueStart..<valueEnd)
                index = valueEnd
            } else if names(label), let width = quoteOpening(at: valueStart),
                let valueEnd = ends.endOfQuoted(from: valueStart, within: 64 + 2 * width)
            {
                pairValuePending =
                    valueEnd - valueStart > 2 * width && isSensitive((valueStart + width)..<(valueEnd - width))
            }
        }
    }

    // MARK: Labels and values

    /// Where the value after a label starts (after `:`, `=`, a pair's `,`, or prose's `is`/`was`), if any.
    private mutating func valueStart(after labelEnd: Int, quoted: Bool, opensPair: Bool) -> (Int, prose: Bool)? {
        let next = skipSpaces(from: labelEnd)
        guard next < bytes.count else { return nil }
        switch bytes[next] {
        case UInt8(ascii: ":"), UInt8(ascii: "="):
            let start = skipSpaces(from: next + 1)
            return start < bytes.count ? (start, false) : nil
        case UInt8(ascii: ","):
            guard quoted && opensPair else { return nil }
            let start = skipSpaces(from: next + 1)
            return start < bytes.count ? (start, false) : nil
        default:
            guard !quoted, next == labelEnd + 1 else { return nil }
            for verb in Self.proseVerbs where SecretShapes.matches(verb, in: bytes, at: next) {
                let start = skipSpaces(from: next + verb.count)
                return start < bytes.count ? (start, true) : nil
            }
            return nil
        }
    }

    private static let proseVerbs = [Array("is ".utf8), Array("was ".utf8), Array("are ".utf8)]

    /// The credential after `Bearer` or `Basic` (any case): a `Bearer` token of any length; a `Basic` one of
    /// at least 8 base64 characters that are not all lowercase letters (so "basic information" stays).
    private mutating func credential(after word: Range<Int>) -> Range<Int>? {
        let bearer = equalsIgnoringCase(word, "bearer")
        guard bearer || equalsIgnoringCase(word, "basic"), word.upperBound < bytes.count,
            bytes[word.upperBound] == UInt8(ascii: " ")
        else { return nil }
        let start = skipSpaces(from: word.upperBound)
        var end = start
        var plainLowercase = true
        while end < bytes.count, Self.isTokenByte(bytes[end]) {
            if !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) { plainLowercase = false }
            end += 1
        }
        ends.count(end - start)
        guard end > start else { return nil }
        if !bearer && (end - start < 8 || plainLowercase) { return nil }
        return start..<end
    }

    private func isSensitive(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 64 else { return false }
        return redaction.isSensitive(key: String(decoding: bytes[range], as: UTF8.self))
    }

    /// Whether a label names the other member of a key/value pair object.
    private func names(_ label: Range<Int>) -> Bool {
        equalsIgnoringCase(label, "key") || equalsIgnoringCase(label, "name") || equalsIgnoringCase(label, "header")
            || equalsIgnoringCase(label, "field")
    }

    private func equalsIgnoringCase(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            for offset in 0..<expected.count where bytes[range.lowerBound + offset] | 0x20 != expected[offset] {
                return false
            }
            return true
        }
    }

    // MARK: Bytes

    private func isName(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 64 else { return false }
        for index in range where !isWordByte(bytes[index]) && bytes[index] != UInt8(ascii: " ") { return false }
        return true
    }

    private mutating func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        ends.count(index - start)
        return index
    }

    private mutating func previousNonSpace(before end: Int) -> UInt8? {
        var index = end - 1
        while index >= 0 && bytes[index] == UInt8(ascii: " ") { index -= 1 }
        ends.count(end - 1 - index)
        return index >= 0 ? bytes[index] : nil
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    /// The width of the quote that opens a string at `index`: 1 for `"`, or `'` not inside a word (so
    /// "don't" opens nothing); 2 for `\"`, a quote escaped inside a Swift description's string.
    private func quoteOpening(at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "\""): return 1
        case UInt8(ascii: "'"): return index == 0 || !isWordByte(bytes[index - 1]) ? 1 : nil
        case UInt8(ascii: "\\"):
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") ? 2 : nil
        default: return nil
        }
    }

    /// A prose value: up to the next space, without trailing punctuation.
    private mutating func endOfWord(from start: Int) -> Int {
        var end = start
        while end < bytes.count && bytes[end] > UInt8(ascii: " ") { end += 1 }
        ends.count(end - start)
        while end > start, Self.trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    private static let trailingPunctuation = Array(".,;!?)]}\"'\\".utf8)
}
