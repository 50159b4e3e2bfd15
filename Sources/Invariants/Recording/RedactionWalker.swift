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
    }

    /// The redacted value, or `nil` when nothing in `value` needed redacting.
    mutating func walk(_ value: JSONValue, active: [PathState]) -> JSONValue? {
        switch value {
        case .object(let members):
            var result: [String: JSONValue]?
            for (key, member) in members {
                var outputKey = key
                if redaction.redactsCardNumbers, let cleaned = CardNumbers.redacting(in: key) {
                    outputKey = cleaned
                }
                stack.append(.key(outputKey))
                defer { stack.removeLast() }
                let (next, complete) = advance(active, by: .key(key))
                var replacement: JSONValue?
                if complete || redaction.isSensitive(key: key) {
                    replacement = .string(Redaction.placeholder)
                    record()
                } else {
                    replacement = walk(member, active: next)
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
            return result.map(JSONValue.object)
        case .array(let elements):
            var result: [JSONValue]?
            for (index, element) in elements.enumerated() {
                stack.append(.index(index))
                defer { stack.removeLast() }
                let (next, complete) = advance(active, by: .index(index))
                let replacement: JSONValue?
                if complete {
                    replacement = .string(Redaction.placeholder)
                    record()
                } else {
                    replacement = walk(element, active: next)
                }
                if let replacement {
                    if result == nil { result = elements }
                    result![index] = replacement
                }
            }
            return result.map(JSONValue.array)
        case .string(let text):
            guard let cleaned = redaction.redactingText(text) else { return nil }
            record()
            return .string(cleaned)
        case .number(let literal):
            guard redaction.redactsCardNumbers, CardNumbers.isCardNumber(literal: literal) else { return nil }
            record()
            return .string(Redaction.placeholder)
        case .null, .bool:
            return nil
        }
    }

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
                if !key.isEmpty && !key.contains(where: { ".[]\"".contains($0) }) {
                    text += text.isEmpty ? key : "." + key
                } else {
                    text += "[" + JSONValue.string(key).serialized() + "]"
                }
            }
        }
        return text
    }
}
