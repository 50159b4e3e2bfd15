import Glibc

/// Reads the fields of a ``ViolationSummary`` from a record's line in one pass, skipping (but validating)
/// everything else: the snapshots' values, the message, the context. No `JSONValue` is built, and the
/// timestamp is parsed from its bytes.
///
/// Like ``JSONLineReader`` it gives up (returns `nil`) on anything but a well-formed record, type-checking
/// the members the full reader type-checks, so a line it takes is a line ``ViolationRecord``'s reader takes;
/// the caller reads a line it gives up on in full, for the record or the precise error.
struct ViolationSummaryReader {
    private struct GiveUp: Error {}

    private struct Key {
        let bytes: UnsafeRawBufferPointer

        static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.bytes.count
                && memcmp(name.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0
        }
    }

    private var parser: JSONParser
    private let strings: JournalStringTable

    /// A reader of one line; `strings` is shared by the lines of a scan.
    init(bytes: UnsafeRawBufferPointer, strings: JournalStringTable) {
        parser = JSONParser(bytes: bytes)
        self.strings = strings
    }

    /// The summary of the record on the line, or `nil` when the line is not plainly a well-formed record.
    mutating func summary() -> ViolationSummary? {
        try? readSummary()
    }

    private mutating func readSummary() throws(GiveUp) -> ViolationSummary {
        var schema: Int?
        var eventID: String?
        var milliseconds: Int64?
        var setID: String?
        var ruleID: String?
        var severity: Severity?
        var message = false
        var input = false
        var output = false
        var origin: CodeOrigin?
        var callSite: CallSite?
        var fingerprint: String?
        var samplingRate: Double?
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "schema": schema = try int()
            case "eventID": eventID = try string(interned: false)
            case "timestamp": milliseconds = try timestamp()
            case "setID": setID = try string()
            case "ruleID": ruleID = try string()
            case "severity": severity = try self.severity()
            case "message": message = try skipString()
            case "owner", "ruleError": try optionalString()
            case "tags": try optionalStrings()
            case "input": input = try skipSnapshot()
            case "output": output = try skipSnapshot()
            case "origin": origin = (try null() ? nil : self.origin())
            case "callSite": callSite = try self.callSite()
            case "fingerprint": fingerprint = try string()
            case "context": try skipContext()
            case "samplingRate": samplingRate = (try null() ? nil : double())
            default: try skip()
            }
        }
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count, schema == ViolationRecord.currentSchema, let milliseconds,
            let eventID, let setID, let ruleID, let severity, message, input, output, let callSite, let fingerprint
        else { throw GiveUp() }
        return ViolationSummary(
            eventID: eventID, milliseconds: milliseconds, setID: setID, ruleID: ruleID, severity: severity,
            origin: origin ?? .unknown, callSite: callSite, fingerprint: fingerprint,
            samplingRate: samplingRate ?? 1)
    }

    // MARK: - The record's parts

    private mutating func timestamp() throws(GiveUp) -> Int64 {
        parser.skipWhitespace()
        guard let bytes = parser.rawASCIIString(), let milliseconds = RFC3339.milliseconds(fromUTF8: bytes) else {
            throw GiveUp()
        }
        return milliseconds
    }

    private mutating func severity() throws(GiveUp) -> Severity {
        parser.skipWhitespace()
        guard let bytes = parser.rawASCIIString() else { throw GiveUp() }
        switch Key(bytes: bytes) {
        case "info": return .info
        case "warning": return .warning
        case "error": return .error
        case "critical": return .critical
        default: throw GiveUp()
        }
    }

    /// A snapshot, as ``JSONLineReader`` reads one: `value` any JSON, `text` a string, `redactedPaths`
    /// strings, `truncated` a boolean, `byteCount` an integer (each may be `null`).
    private mutating func skipSnapshot() throws(GiveUp) -> Bool {
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "text": try optionalString()
            case "redactedPaths": try optionalStrings()
            case "truncated":
                if try !null() { _ = try bool() }
            case "byteCount":
                if try !null() { _ = try int() }
            default: try skip()
            }
        }
        return true
    }

    private mutating func skipContext() throws(GiveUp) {
        if try null() { return }
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "requestID", "tenant", "traceID": try optionalString()
            case "tags":
                if try null() { continue }
                try enterObject()
                var firstTag = true
                while try nextKey(first: &firstTag) != nil { _ = try skipString() }
            default: try skip()
            }
        }
    }

    private mutating func origin() throws(GiveUp) -> CodeOrigin {
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
            default: throw GiveUp()
            }
        }
        return origin
    }

    private mutating func callSite() throws(GiveUp) -> CallSite {
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

    // MARK: - Values

    private mutating func enterObject() throws(GiveUp) {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "{") else { throw GiveUp() }
        parser.position += 1
        parser.depth += 1
    }

    private mutating func nextKey(first: inout Bool) throws(GiveUp) -> Key? {
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
        // Keys with escapes or non-ASCII bytes are left to the full reader.
        guard let key = parser.rawASCIIString() else { throw GiveUp() }
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: ":") else { throw GiveUp() }
        parser.position += 1
        return Key(bytes: key)
    }

    private mutating func null() throws(GiveUp) -> Bool {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "n") else { return false }
        try skip()
        return true
    }

    private mutating func skip() throws(GiveUp) {
        guard parser.skipValue() else { throw GiveUp() }
    }

    private mutating func skipString() throws(GiveUp) -> Bool {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "\""), parser.skipString() else { throw GiveUp() }
        return true
    }

    private mutating func optionalString() throws(GiveUp) {
        if try !null() { _ = try skipString() }
    }

    private mutating func optionalStrings() throws(GiveUp) {
        if try null() { return }
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "[") else { throw GiveUp() }
        let start = parser.position
        guard parser.skipValue() else { throw GiveUp() }
        // Every element must be a string: read the array again element by element (tags are short).
        parser.position = start + 1
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "]") {
            parser.position += 1
            return
        }
        while true {
            _ = try skipString()
            parser.skipWhitespace()
            if parser.peek() == UInt8(ascii: "]") {
                parser.position += 1
                return
            }
            guard parser.peek() == UInt8(ascii: ",") else { throw GiveUp() }
            parser.position += 1
        }
    }

    /// A string; an ASCII one without escapes is looked up in the scan's table unless `interned` is `false`.
    private mutating func string(interned: Bool = true) throws(GiveUp) -> String {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "\"") else { throw GiveUp() }
        if let bytes = parser.rawASCIIString() {
            return interned ? strings.string(bytes) : String(decoding: bytes, as: UTF8.self)
        }
        do { return try parser.parseString() } catch { throw GiveUp() }
    }

    private mutating func int() throws(GiveUp) -> Int {
        parser.skipWhitespace()
        guard let text = try? parser.parseNumberText(), let integer = Int(text) else { throw GiveUp() }
        return integer
    }

    private mutating func double() throws(GiveUp) -> Double {
        parser.skipWhitespace()
        guard let text = try? parser.parseNumberText(), let number = Double(text) else { throw GiveUp() }
        return number
    }

    private mutating func bool() throws(GiveUp) -> Bool {
        parser.skipWhitespace()
        switch parser.peek() {
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let flag = parser.peek() == UInt8(ascii: "t")
            try skip()
            return flag
        default: throw GiveUp()
        }
    }
}
