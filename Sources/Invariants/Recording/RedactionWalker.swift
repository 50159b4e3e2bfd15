/// One traversal of a ``JSONValue`` by a ``Redaction``: tracks the current path and what was redacted.
struct RedactionWalker {
    /// How far one configured path has matched the current position.
    struct PathState {
        var path: Int
        var position: Int
    }

    enum Step {
        case key(String)
        case index(Int)
    }

    let redaction: Redaction
    var stack: [Step] = []
    var redactedPaths: [String] = []

    init(redaction: Redaction) {
        self.redaction = redaction
        stack.reserveCapacity(16)
    }

    /// What one node became: its replacement (`nil` when nothing in it needed redacting) and the size in
    /// UTF-8 bytes of its serialized redacted form (as ``JSONValue/serializedByteCount``).
    struct Visit {
        var replacement: JSONValue?
        var byteCount: Int
    }

    /// The redacted value, or `nil` when nothing in `value` needed redacting.
    mutating func walk(_ value: JSONValue, active: [PathState]) -> JSONValue? {
        visit(value, active: active).replacement
    }

    /// Redacts `value` and measures the result in the same pass.
    mutating func visit(_ value: JSONValue, active: [PathState]) -> Visit {
        switch value {
        case .object(let members):
            let pairValueKey = redaction.sensitivePairValueKey(in: members)
            var result: [String: JSONValue]?
            var byteCount = 2 + max(members.count - 1, 0)
            for (key, member) in members {
                let keyScan = TextScan(key)
                var outputKey = key
                var outputKeySize = keyScan.byteCount
                if redaction.redactsCardNumbers, keyScan.digits >= 13, let cleaned = CardNumbers.redacting(in: key) {
                    outputKey = cleaned
                    outputKeySize = JSONValue.serializedByteCount(of: cleaned)
                }
                byteCount += outputKeySize + 1
                stack.append(.key(outputKey))
                defer { stack.removeLast() }
                let (next, complete) = advance(active, by: .key(key))
                var replacement: JSONValue?
                if complete || key == pairValueKey || redaction.isSensitive(key: key) {
                    replacement = .string(Redaction.placeholder)
                    byteCount += Self.placeholderByteCount
                    record()
                } else {
                    let inner = visit(member, active: next)
                    replacement = inner.replacement
                    byteCount += inner.byteCount
                }
                if outputKey != key && replacement == nil {
                    replacement = member
                    record()
                }
                if let replacement {
                    if result == nil { result = members }
                    if outputKey != key { result!.removeValue(forKey: key) }
                    result![outputKey] = replacement
                }
            }
            return Visit(replacement: result.map(JSONValue.object), byteCount: byteCount)
        case .array(let elements):
            let pairValueIndex = redaction.sensitivePairValueIndex(in: elements)
            var result: [JSONValue]?
            var byteCount = 2 + max(elements.count - 1, 0)
            for (index, element) in elements.enumerated() {
                stack.append(.index(index))
                defer { stack.removeLast() }
                let (next, complete) = advance(active, by: .index(index))
                let replacement: JSONValue?
                if complete || index == pairValueIndex {
                    replacement = .string(Redaction.placeholder)
                    byteCount += Self.placeholderByteCount
                    record()
                } else {
                    let inner = visit(element, active: next)
                    replacement = inner.replacement
                    byteCount += inner.byteCount
                }
                if let replacement {
                    if result == nil { result = elements }
                    result![index] = replacement
                }
            }
            return Visit(replacement: result.map(JSONValue.array), byteCount: byteCount)
        case .string(let text):
            let scan = TextScan(text)
            // Only text with a separator or a shape's start can hold a labelled secret or a value shape (9
            // digits an SSN), and only 13 digits or more a card number.
            let mayHoldSecrets =
                ((scan.hasLabelSeparator || scan.hasSecretMarker || scan.digits >= 9) && redaction.scansText)
                || (scan.digits >= 13 && redaction.redactsCardNumbers)
            guard mayHoldSecrets, let cleaned = redaction.redactingText(text) else {
                return Visit(replacement: nil, byteCount: scan.byteCount)
            }
            record()
            return Visit(replacement: .string(cleaned), byteCount: JSONValue.serializedByteCount(of: cleaned))
        case .number(let literal):
            guard redaction.redactsCardNumbers, CardNumbers.isCardNumber(literal: literal) else {
                return Visit(replacement: nil, byteCount: literal.utf8.count)
            }
            record()
            return Visit(replacement: .string(Redaction.placeholder), byteCount: Self.placeholderByteCount)
        case .null:
            return Visit(replacement: nil, byteCount: 4)
        case .bool(let flag):
            return Visit(replacement: nil, byteCount: flag ? 4 : 5)
        }
    }

    private static let placeholderByteCount = JSONValue.serializedByteCount(of: Redaction.placeholder)

    /// The path states after stepping into `step`, and whether some path now ends here.
    private func advance(_ active: [PathState], by step: Step) -> ([PathState], Bool) {
        guard !active.isEmpty else { return ([], false) }
        var next: [PathState] = []
        var complete = false
        for state in active {
            let matches: Bool
            switch (redaction.paths[state.path].components[state.position], step) {
            case (.key(let expected), .key(let key)): matches = expected == key
            case (.everyElement, .index): matches = true
            case (.element(let expected), .index(let index)): matches = expected == index
            default: matches = false
            }
            guard matches else { continue }
            if state.position + 1 == redaction.paths[state.path].components.count {
                complete = true
            } else {
                next.append(PathState(path: state.path, position: state.position + 1))
            }
        }
        return (next, complete)
    }

    private mutating func record() {
        redactedPaths.append(Self.render(stack))
    }

    /// `customer.cardNumber`, `lines[2].note`, `["a.b"].c`, or `$` for the root.
    static func render(_ steps: [Step]) -> String {
        guard !steps.isEmpty else { return "$" }
        var text = ""
        for step in steps {
            switch step {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                let plain = key.utf8.allSatisfy { byte in
                    byte != UInt8(ascii: ".") && byte != UInt8(ascii: "[") && byte != UInt8(ascii: "]")
                        && byte != UInt8(ascii: "\"")
                }
                if !key.isEmpty && plain {
                    text += text.isEmpty ? key : "." + key
                } else {
                    text += "[" + JSONValue.string(key).serialized() + "]"
                }
            }
        }
        return text
    }
}
