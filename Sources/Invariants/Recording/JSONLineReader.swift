import Glibc

/// Reads a record's line in one pass, straight into the record's fields, without building a `JSONValue`
/// for anything but the snapshots' values: the journal's fast path.
///
/// It gives up (returns `nil`) on anything but a well-formed record, and ``ViolationRecord``'s reader then
/// reads the line again through ``JSONLineFields``, which accepts exactly the same records and names the
/// field of the first problem. So this reader only has to be right about the records it accepts.
struct JSONLineReader {
    private struct GiveUp: Error {}

    /// A member's key as it appears on the line, matched against the field names in `switch` statements.
    private struct Key {
        let bytes: UnsafeRawBufferPointer

        static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.bytes.count
                && memcmp(name.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0
        }
    }

    private var parser: JSONParser

    init(bytes: UnsafeRawBufferPointer) {
        parser = JSONParser(bytes: bytes)
    }

    /// The record on the line, or `nil` when the line is anything but a well-formed record of this schema.
    mutating func record() -> ViolationRecord? {
        try? readRecord()
    }

    private mutating func readRecord() throws(GiveUp) -> ViolationRecord {
        var schema: Int?
        var eventID: String?
        var timestampText: String?
        var setID: String?
        var ruleID: String?
        var severityName: String?
        var owner: String?
        var tags: [String]?
        var message: String?
        var ruleError: String?
        var input: Snapshot?
        var output: Snapshot?
        var origin: CodeOrigin?
        var callSite: CallSite?
        var fingerprint: String?
        var context: InvariantContext?
        var samplingRate: Double?
        var comparison: ComparisonDetail?
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "schema": schema = try int()
            case "eventID": eventID = try string()
            case "timestamp": timestampText = try string()
            case "setID": setID = try string()
            case "ruleID": ruleID = try string()
            case "severity": severityName = try string()
            case "owner": owner = (try null() ? nil : string())
            case "tags": tags = (try null() ? nil : strings())
            case "message": message = try string()
            case "ruleError": ruleError = (try null() ? nil : string())
            case "input": input = try snapshot()
            case "output": output = try snapshot()
            case "origin": origin = (try null() ? nil : self.origin())
            case "callSite": callSite = try self.callSite()
            case "fingerprint": fingerprint = try string()
            case "context": context = (try null() ? nil : self.context())
            case "samplingRate": samplingRate = (try null() ? nil : double())
            case "comparison": comparison = (try null() ? nil : self.comparison())
            default: try skipValue()
            }
        }
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count, schema == ViolationRecord.currentSchema,
            let timestampText, let timestamp = RFC3339.date(from: timestampText), let eventID, let setID, let ruleID,
            let severityName, let severity = Severity(rawValue: severityName), let message, let input, let output,
            let callSite, let fingerprint
        else { throw GiveUp() }
        return ViolationRecord(
            eventID: eventID, timestamp: timestamp, setID: setID, ruleID: ruleID, severity: severity, owner: owner,
            tags: tags ?? [], message: message, ruleError: ruleError, input: input, output: output,
            origin: origin ?? .unknown, callSite: callSite, fingerprint: fingerprint,
            context: context ?? InvariantContext(), samplingRate: samplingRate ?? 1, comparison: comparison
        )
    }

    // MARK: - The record's parts

    private mutating func snapshot() throws(GiveUp) -> Snapshot {
        var snapshot = Snapshot()
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "value": snapshot.value = try value()
            case "text": snapshot.text = (try null() ? nil : string())
            case "redactedPaths":
                snapshot.redactedPaths =
                    (try null() ? nil : strings()) ?? []
            case "truncated":
                snapshot.truncated = (try null() ? nil : bool()) ?? false
            case "byteCount":
                snapshot.byteCount = (try null() ? nil : int()) ?? 0
            default: try skipValue()
            }
        }
        return snapshot
    }

    /// A shadow experiment's detail: rare, so read through the full reader's field decoding.
    private mutating func comparison() throws(GiveUp) -> ComparisonDetail {
        guard case .object(let members) = try value(),
            let detail = try? ComparisonDetail(jsonLine: JSONLineFields(members, path: "comparison"))
        else { throw GiveUp() }
        return detail
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
            default: throw GiveUp()  // an unknown member that may not be a string: leave it to the full reader
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
            default: try skipValue()
            }
        }
        guard let fileID, let function, let line else { throw GiveUp() }
        return CallSite(fileID: fileID, function: function, line: line)
    }

    private mutating func context() throws(GiveUp) -> InvariantContext {
        var context = InvariantContext()
        try enterObject()
        var first = true
        while let key = try nextKey(first: &first) {
            switch key {
            case "requestID": context.requestID = (try null() ? nil : string())
            case "tenant": context.tenant = (try null() ? nil : string())
            case "traceID": context.traceID = (try null() ? nil : string())
            case "tags":
                context.tags = (try null() ? nil : stringDictionary()) ?? [:]
            default: try skipValue()
            }
        }
        return context
    }

    // MARK: - Values

    /// `{`, counted against the parser's nesting limit as the full reader counts it.
    private mutating func enterObject() throws(GiveUp) {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "{") else { throw GiveUp() }
        parser.position += 1
        parser.depth += 1
    }

    /// The next member's key, or `nil` after the closing `}`.
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
        let key = try keyBytes()
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: ":") else { throw GiveUp() }
        parser.position += 1
        return key
    }

    /// Whether the next value is `null`, which it then skips.
    private mutating func null() throws(GiveUp) -> Bool {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "n") else { return false }
        guard case .null = try value() else { throw GiveUp() }
        return true
    }

    /// A key's bytes, without making a `String` of them; a key with escapes is left to the full reader.
    private mutating func keyBytes() throws(GiveUp) -> Key {
        guard parser.peek() == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = parser.position + 1
        var end = start
        while end < parser.bytes.count, parser.bytes[end] != UInt8(ascii: "\"") {
            // Escapes, control characters (not JSON) and non-ASCII (perhaps not UTF-8) keys: the full reader's.
            let byte = parser.bytes[end]
            guard byte != UInt8(ascii: "\\"), byte >= 0x20, byte < 0x80 else { throw GiveUp() }
            end += 1
        }
        guard end < parser.bytes.count else { throw GiveUp() }
        parser.position = end + 1
        return Key(bytes: UnsafeRawBufferPointer(rebasing: parser.bytes[start..<end]))
    }

    private mutating func string() throws(GiveUp) -> String {
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "\"") else { throw GiveUp() }
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
        guard case .bool(let flag) = try value() else { throw GiveUp() }
        return flag
    }

    private mutating func value() throws(GiveUp) -> JSONValue {
        parser.skipWhitespace()
        do { return try parser.parseValue() } catch { throw GiveUp() }
    }

    private mutating func skipValue() throws(GiveUp) {
        _ = try value()
    }

    private mutating func strings() throws(GiveUp) -> [String] {
        guard case .array(let elements) = try value() else { throw GiveUp() }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element else { throw GiveUp() }
            strings.append(text)
        }
        return strings
    }

    private mutating func stringDictionary() throws(GiveUp) -> [String: String] {
        guard case .object(let members) = try value() else { throw GiveUp() }
        var strings: [String: String] = [:]
        strings.reserveCapacity(members.count)
        for (key, member) in members {
            guard case .string(let text) = member else { throw GiveUp() }
            strings[key] = text
        }
        return strings
    }
}
