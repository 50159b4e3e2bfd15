/// A parsed redaction path such as `customer.email` or `lines[].note`.
struct RedactionPath: Sendable, Hashable {
    enum Component: Sendable, Hashable {
        case key(String)
        case everyElement
        case element(Int)
    }

    var components: [Component]

    init(components: [Component]) {
        self.components = components
    }

    /// Parses `a.b[].c[2]`; stops the program with a clear message on a malformed path (a programming error).
    init(parsing text: String) {
        var components: [Component] = []
        var key = ""
        var characters = text.makeIterator()
        var afterBracket = false
        func finishKey() {
            if !key.isEmpty { components.append(.key(key)) }
            key = ""
        }
        while let character = characters.next() {
            switch character {
            case ".":
                precondition(!key.isEmpty || afterBracket, "Redaction path '\(text)': empty key before '.'")
                finishKey()
                afterBracket = false
            case "[":
                finishKey()
                var index = ""
                while let inner = characters.next(), inner != "]" { index.append(inner) }
                if index.isEmpty {
                    components.append(.everyElement)
                } else if let number = Int(index), number >= 0 {
                    components.append(.element(number))
                } else {
                    preconditionFailure("Redaction path '\(text)': '[\(index)]' is neither '[]' nor an index")
                }
                afterBracket = true
            default:
                precondition(!afterBracket, "Redaction path '\(text)': expected '.' or '[' after ']'")
                key.append(character)
                afterBracket = false
            }
        }
        finishKey()
        precondition(!components.isEmpty, "Redaction path '\(text)' is empty")
        self.components = components
    }
}
