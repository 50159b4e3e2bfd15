public import Foundation

extension JSONValue {
    /// Parses a complete JSON document (RFC 8259) from UTF-8 bytes, keeping numbers as their literal text.
    ///
    /// Duplicate object keys keep the last value. Nesting is limited to 512 levels.
    ///
    /// ```swift
    /// let value = try JSONValue(parsing: Data(#"[1.50, "x"]"#.utf8))   // .array([.number("1.50"), .string("x")])
    /// ```
    /// - Throws: ``JSONParseError`` naming the line, column and byte offset of the first problem.
    public init(parsing data: Data) throws {
        self = try data.withUnsafeBytes { bytes in
            var parser = JSONParser(bytes: bytes)
            return try parser.parseDocument()
        }
    }

    /// Parses a complete JSON document from text, keeping numbers as their literal text.
    ///
    /// ```swift
    /// let value = try JSONValue(parsing: #"{"price": 0.1}"#)   // .object(["price": .number("0.1")])
    /// ```
    /// - Throws: ``JSONParseError`` naming the line, column and byte offset of the first problem.
    public init(parsing text: String) throws {
        var text = text
        self = try text.withUTF8 { utf8 in
            var parser = JSONParser(bytes: UnsafeRawBufferPointer(utf8))
            return try parser.parseDocument()
        }
    }

    /// Whether `text` is a valid JSON number literal, such as `-12.5e3`.
    static func isValidNumberLiteral(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var parser = JSONParser(bytes: UnsafeRawBufferPointer(utf8))
            guard (try? parser.parseNumberText()) != nil else { return false }
            return parser.position == utf8.count
        }
    }
}
