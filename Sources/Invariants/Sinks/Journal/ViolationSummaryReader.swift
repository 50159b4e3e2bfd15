/// Reads the fields of a ``ViolationSummary`` from a record's line in one pass, skipping (but validating)
/// everything else: the snapshots' values, the message, the context. No `JSONValue` is built, and the
/// timestamp is parsed from its bytes.
///
/// Like ``JSONLineReader`` it gives up (returns `nil`) on anything but a well-formed record, type-checking
/// the members the full reader type-checks, so a line it takes is a line ``ViolationRecord``'s reader takes;
/// the caller reads a line it gives up on in full, for the record or the precise error.
struct ViolationSummaryReader {
    private typealias GiveUp = JSONLineCursor.GiveUp

    private var cursor: JSONLineCursor

    /// A reader of one line; `strings` is shared by the lines of a scan.
    init(bytes: UnsafeRawBufferPointer, strings: JournalStringTable) {
        cursor = JSONLineCursor(bytes: bytes, strings: strings)
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
        try cursor.enterObject()
        var first = true
        while let key = try cursor.nextKey(first: &first) {
            switch key {
            case "schema": schema = try cursor.int()
            case "eventID": eventID = try cursor.string(interned: false)
            case "timestamp": milliseconds = try timestamp()
            case "setID": setID = try cursor.string()
            case "ruleID": ruleID = try cursor.string()
            case "severity": severity = try self.severity()
            case "message": message = try skipString()
            case "owner", "ruleError": try optionalString()
            case "tags": try optionalStrings()
            case "input": input = try skipSnapshot()
            case "output": output = try skipSnapshot()
            case "origin": origin = (try cursor.null() ? nil : cursor.origin())
            case "callSite": callSite = try cursor.callSite()
            case "fingerprint": fingerprint = try cursor.string()
            case "context": try skipContext()
            case "samplingRate": samplingRate = (try cursor.null() ? nil : cursor.double())
            default: try cursor.skip()
            }
        }
        guard cursor.atEnd(), schema == ViolationRecord.currentSchema, let milliseconds,
            let eventID, let setID, let ruleID, let severity, message, input, output, let callSite, let fingerprint
        else { throw GiveUp() }
        return ViolationSummary(
            eventID: eventID, milliseconds: milliseconds, setID: setID, ruleID: ruleID, severity: severity,
            origin: origin ?? .unknown, callSite: callSite, fingerprint: fingerprint,
            samplingRate: samplingRate ?? 1)
    }

    // MARK: - The record's parts

    private mutating func timestamp() throws(GiveUp) -> Int64 {
        cursor.parser.skipWhitespace()
        guard let bytes = cursor.parser.rawASCIIString(), let milliseconds = RFC3339.milliseconds(fromUTF8: bytes)
        else { throw GiveUp() }
        return milliseconds
    }

    private mutating func severity() throws(GiveUp) -> Severity {
        cursor.parser.skipWhitespace()
        guard let bytes = cursor.parser.rawASCIIString() else { throw GiveUp() }
        switch JSONLineCursor.Key(bytes: bytes) {
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
        try cursor.enterObject()
        var first = true
        while let key = try cursor.nextKey(first: &first) {
            switch key {
            case "text": try optionalString()
            case "redactedPaths": try optionalStrings()
            case "truncated":
                if try !cursor.null() { _ = try cursor.bool() }
            case "byteCount":
                if try !cursor.null() { _ = try cursor.int() }
            default: try cursor.skip()
            }
        }
        return true
    }

    private mutating func skipContext() throws(GiveUp) {
        if try cursor.null() { return }
        try cursor.enterObject()
        var first = true
        while let key = try cursor.nextKey(first: &first) {
            switch key {
            case "requestID", "tenant", "traceID": try optionalString()
            case "tags":
                if try cursor.null() { continue }
                try cursor.enterObject()
                var firstTag = true
                while try cursor.nextKey(first: &firstTag) != nil { _ = try skipString() }
            default: try cursor.skip()
            }
        }
    }

    // MARK: - Values

    private mutating func skipString() throws(GiveUp) -> Bool {
        cursor.parser.skipWhitespace()
        guard cursor.parser.peek() == UInt8(ascii: "\""), cursor.parser.skipString() else { throw GiveUp() }
        return true
    }

    private mutating func optionalString() throws(GiveUp) {
        if try !cursor.null() { _ = try skipString() }
    }

    private mutating func optionalStrings() throws(GiveUp) {
        if try cursor.null() { return }
        cursor.parser.skipWhitespace()
        guard cursor.parser.peek() == UInt8(ascii: "[") else { throw GiveUp() }
        let start = cursor.parser.position
        guard cursor.parser.skipValue() else { throw GiveUp() }
        // Every element must be a string: read the array again element by element (tags are short).
        cursor.parser.position = start + 1
        cursor.parser.skipWhitespace()
        if cursor.parser.peek() == UInt8(ascii: "]") {
            cursor.parser.position += 1
            return
        }
        while true {
            _ = try skipString()
            cursor.parser.skipWhitespace()
            if cursor.parser.peek() == UInt8(ascii: "]") {
                cursor.parser.position += 1
                return
            }
            guard cursor.parser.peek() == UInt8(ascii: ",") else { throw GiveUp() }
            cursor.parser.position += 1
        }
    }
}
