/// Reads a record's line in one pass, straight into the record's fields, without building a `JSONValue`
/// for anything but the snapshots' values: the journal's fast path.
///
/// It gives up (returns `nil`) on anything but a well-formed record, and ``ViolationRecord``'s reader then
/// reads the line again through ``JSONLineFields``, which accepts exactly the same records and names the
/// field of the first problem. So this reader only has to be right about the records it accepts.
struct JSONLineReader {
    private typealias GiveUp = JSONLineCursor.GiveUp

    private var cursor: JSONLineCursor

    init(bytes: UnsafeRawBufferPointer) {
        cursor = JSONLineCursor(bytes: bytes)
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
        try cursor.enterObject()
        var first = true
        while let key = try cursor.nextKey(first: &first) {
            switch key {
            case "schema": schema = try cursor.int()
            case "eventID": eventID = try cursor.string()
            case "timestamp": timestampText = try cursor.string()
            case "setID": setID = try cursor.string()
            case "ruleID": ruleID = try cursor.string()
            case "severity": severityName = try cursor.string()
            case "owner": owner = (try cursor.null() ? nil : cursor.string())
            case "tags": tags = (try cursor.null() ? nil : strings())
            case "message": message = try cursor.string()
            case "ruleError": ruleError = (try cursor.null() ? nil : cursor.string())
            case "input": input = try snapshot()
            case "output": output = try snapshot()
            case "origin": origin = (try cursor.null() ? nil : cursor.origin())
            case "callSite": callSite = try cursor.callSite()
            case "fingerprint": fingerprint = try cursor.string()
            case "context": context = (try cursor.null() ? nil : self.context())
            case "samplingRate": samplingRate = (try cursor.null() ? nil : cursor.double())
            case "comparison": comparison = (try cursor.null() ? nil : self.comparison())
            default: try cursor.skip()
            }
        }
        guard cursor.atEnd(), schema == ViolationRecord.currentSchema,
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
        try cursor.enterObject()
        var first = true
        while let key = try cursor.nextKey(first: &first) {
            switch key {
            case "value": snapshot.value = try value()
            case "text": snapshot.text = (try cursor.null() ? nil : cursor.string())
            case "redactedPaths":
                snapshot.redactedPaths =
                    (try cursor.null() ? nil : strings()) ?? []
            case "truncated":
                snapshot.truncated = (try cursor.null() ? nil : cursor.bool()) ?? false
            case "byteCount":
                snapshot.byteCount = (try cursor.null() ? nil : cursor.int()) ?? 0
            default: try cursor.skip()
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

    private mutating func context() throws(GiveUp) -> InvariantContext {
        var context = InvariantContext()
        try cursor.enterObject()
        var first = true
        while let key = try cursor.nextKey(first: &first) {
            switch key {
            case "requestID": context.requestID = (try cursor.null() ? nil : cursor.string())
            case "tenant": context.tenant = (try cursor.null() ? nil : cursor.string())
            case "traceID": context.traceID = (try cursor.null() ? nil : cursor.string())
            case "tags":
                context.tags = (try cursor.null() ? nil : stringDictionary()) ?? [:]
            default: try cursor.skip()
            }
        }
        return context
    }

    // MARK: - Values

    private mutating func value() throws(GiveUp) -> JSONValue {
        cursor.parser.skipWhitespace()
        do { return try cursor.parser.parseValue() } catch { throw GiveUp() }
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
