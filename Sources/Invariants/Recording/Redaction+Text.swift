extension Redaction {
    /// Returns free text with its secrets replaced by ``placeholder``: every card number, and the value of
    /// every `key: value` or `key=value` pair whose key is sensitive (as in `password=hunter2`,
    /// `Authorization: Bearer …`, or a Swift description such as `User(name: "ann", token: "abc")`).
    ///
    /// A value runs to the end of a quoted string, or else to the next `,`, `;`, `&`, line break or
    /// unbalanced closing bracket.
    ///
    /// ```swift
    /// Redaction.default.redact(text: "paid with 4111-1111-1111-1111, token=abc123")
    /// // "paid with [Filtered], token=[Filtered]"
    /// ```
    public func redact(text: String) -> String {
        redactingText(text) ?? text
    }

    /// The redacted text, or `nil` when there was nothing to redact.
    func redactingText(_ text: String) -> String? {
        let labelled = redactingLabelledValues(in: text)
        guard redactsCardNumbers, let cards = CardNumbers.redacting(in: labelled ?? text) else { return labelled }
        return cards
    }

    private func redactingLabelledValues(in text: String) -> String? {
        guard !keyPatterns.isEmpty,
            text.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=") })
        else { return nil }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        while index < bytes.count {
            let labelStart = index
            let label: Range<Int>
            if bytes[index] == UInt8(ascii: "\"") {
                let end = Self.endOfQuoted(bytes, from: index)
                label = (index + 1)..<max(index + 1, end - 1)
                index = end
            } else if Self.isLabelByte(bytes[index]) && (index == 0 || !Self.isLabelByte(bytes[index - 1])) {
                while index < bytes.count && Self.isLabelByte(bytes[index]) { index += 1 }
                label = labelStart..<index
            } else {
                index += 1
                continue
            }
            var valueStart = index
            while valueStart < bytes.count && bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            guard valueStart < bytes.count,
                bytes[valueStart] == UInt8(ascii: ":") || bytes[valueStart] == UInt8(ascii: "=")
            else { continue }
            valueStart += 1
            while valueStart < bytes.count && bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            let valueEnd = Self.endOfValue(bytes, from: valueStart)
            guard valueEnd > valueStart, isSensitive(key: String(decoding: bytes[label], as: UTF8.self)) else {
                continue
            }
            output.append(contentsOf: bytes[copiedUpTo..<valueStart])
            output.append(contentsOf: Redaction.placeholder.utf8)
            copiedUpTo = valueEnd
            index = valueEnd
        }
        guard copiedUpTo > 0 else { return nil }
        output.append(contentsOf: bytes[copiedUpTo...])
        return String(decoding: output, as: UTF8.self)
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// The index just after the quoted string starting at `start` (or the end of the text if unterminated).
    private static func endOfQuoted(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return bytes.count
    }

    private static func endOfValue(_ bytes: [UInt8], from start: Int) -> Int {
        if start < bytes.count && bytes[start] == UInt8(ascii: "\"") { return endOfQuoted(bytes, from: start) }
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = endOfQuoted(bytes, from: index)
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 { return index }
                depth -= 1
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), 0x0A, 0x0D:
                if depth == 0 { return index }
            default:
                break
            }
            index += 1
        }
        return bytes.count
    }
}
