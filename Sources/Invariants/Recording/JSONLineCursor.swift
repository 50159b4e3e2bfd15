import Glibc

/// A position on one record's line with the reading that ``JSONLineReader`` (the whole record) and
/// ``ViolationSummaryReader`` (a summary, skipping the rest) share: a member's key matched without making a
/// `String`, values type-checked as the full reader checks them, and the small parts both read the same way
/// (`origin`, `callSite`).
///
/// Anything but a well-formed record makes it throw ``GiveUp``, and the caller reads the line again through
/// ``JSONLineFields``, which names the problem; sharing these parts is what keeps the two readers giving up on
/// the same lines.
struct JSONLineCursor {
    /// The line is not plainly a well-formed record: the full reader reads it again.
    struct GiveUp: Error {}

    /// A member's key as it appears on the line, matched against the field names in `switch` statements.
    struct Key {
        let bytes: UnsafeRawBufferPointer

        static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.bytes.count
                && memcmp(name.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0
        }
    }

    var parser: JSONParser
    /// The scan's table that plain strings are looked up in, or `nil` to have the parser make every string.
    private let strings: JournalStringTable?

    init(bytes: UnsafeRawBufferPointer, strings: JournalStringTable? = nil) {
        parser = JSONParser(bytes: bytes)
        self.strings = strings
    }

    /// Whether nothing but whitespace is left on the line.
    @inline(__always)
    mutating func atEnd() -> Bool {
        parser.skipWhitespace()
        return parser.position == parser.bytes.count
    }

    // MARK: - Objects

    /// `{`, counted against the parser's nesting limit as the full reader counts it.
    @inline(__always)
    mutating func enterObject() throws(GiveUp) {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "{") else { throw GiveUp() }
        parser.position += 1
        parser.depth += 1
    }

    /// The next member's key, or `nil` after the closing `}`.
    @inline(__always)
    mutating func nextKey(first: inout Bool) throws(GiveUp) -> Key? {
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "}") {
            parser.position += 1
            parser.depth -= 1
            return nil
        }
        if !first {
            guard parser.peek() == UInt8(ascii: ",") else { throw GiveUp() }
            parser.position += 1
            parser.skipWhitespace()
        }
        first = false
        // Keys with escapes, control characters (not JSON) or non-ASCII bytes (perhaps not UTF-8): the full reader's.
        guard let key = parser.rawASCIIString() else { throw GiveUp() }
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: ":") else { throw GiveUp() }
        parser.position += 1
        return Key(bytes: key)
    }

    // MARK: - Values

    /// Whether the next value is `null`, which it then skips.
    @inline(__always)
    mutating func null() throws(GiveUp) -> Bool {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "n") else { return false }
        try skip()
        return true
    }

    /// Moves past any value, validating it as the full reader would read it, without building it.
    @inline(__always)
    mutating func skip() throws(GiveUp) {
        guard parser.skipValue() else { throw GiveUp() }
    }

    /// A string. With a table, one that is ASCII without escapes is looked up in it (made from its bytes when
    /// not `interned`); any other string, and every string without a table, is the parser's.
    @inline(__always)
    mutating func string(interned: Bool = true) throws(GiveUp) -> String {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "\"") else { throw GiveUp() }
        if let strings, let bytes = parser.rawASCIIString() {
            return interned ? strings.string(bytes) : String(decoding: bytes, as: UTF8.self)
        }
        do { return try parser.parseString() } catch { throw GiveUp() }
    }

    @inline(__always)
    mutating func int() throws(GiveUp) -> Int {
        parser.skipWhitespace()
        guard let text = try? parser.parseNumberText(), let integer = Int(text) else { throw GiveUp() }
        return integer
    }

    @inline(__always)
    mutating func double() throws(GiveUp) -> Double {
        parser.skipWhitespace()
        guard let text = try? parser.parseNumberText(), let number = Double(text) else { throw GiveUp() }
        return number
    }

    @inline(__always)
    mutating func bool() throws(GiveUp) -> Bool {
        parser.skipWhitespace()
        switch parser.peek() {
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let flag = parser.peek() == UInt8(ascii: "t")
            try skip()
            return flag
        default: throw GiveUp()
        }
    }

    // MARK: - The record's parts

    mutating func origin() throws(GiveUp) -> CodeOrigin {
        var origin = CodeOrigin.unknown
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            let text = (try null() ? nil : string())
            switch key {
            case "author":
                origin.author = .unknown
                if let text {
                    guard let author = CodeOrigin.Author(rawValue: text) else { throw GiveUp() }
                    origin.author = author
                }
            case "model": origin.model = text
            case "promptVersion": origin.promptVersion = text
            case "promptHash": origin.promptHash = text
            case "commit": origin.commit = text
            case "generatedAt":
                origin.generatedAt = nil
                if let text {
                    guard let date = RFC3339.date(from: text) else { throw GiveUp() }
                    origin.generatedAt = date
                }
            case "reviewedBy": origin.reviewedBy = text
            default: throw GiveUp()  // an unknown member that may not be a string: leave it to the full reader
            }
        }
        return origin
    }

    mutating func callSite() throws(GiveUp) -> CallSite {
        var fileID: String?
        var function: String?
        var line: Int?
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "fileID": fileID = try string()
            case "function": function = try string()
            case "line": line = try int()
            default: try skip()
            }
        }
        guard let fileID, let function, let line else { throw GiveUp() }
        return CallSite(fileID: fileID, function: function, line: line)
    }
}
