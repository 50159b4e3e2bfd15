public import Foundation

/// The journal's line format, written and read by hand rather than through `Codable`, several times faster.
///
/// ``jsonLine()`` gives exactly the bytes that `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// gives for the record, and ``init(jsonLine:)-(StringProtocol)`` reads what either writes, so the two
/// paths can be mixed freely.
extension ViolationRecord {
    /// The record as one line of compact JSON, without a trailing newline: the journal's format.
    ///
    /// Byte for byte what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes: keys sorted,
    /// `owner`, `ruleError`, `comparison` and other `nil` fields omitted, the derived `invariantID` and `adjustedCount`
    /// included, `timestamp` in RFC 3339 with milliseconds, and snapshot numbers as `JSONValue`'s
    /// `Encodable` conformance writes them (through `Decimal`: `1.50` is written `1.5`).
    ///
    /// ```swift
    /// let line = try record.jsonLine()
    /// // {"adjustedCount":1,"callSite":{"fileID":"Pricing/Quote.swift",…},…,"timestamp":"2026-11-23T14:28:56.123Z"}
    /// let same = try ViolationRecord(jsonLine: line)   // == record
    /// ```
    /// - Throws: ``JSONLineError`` naming the field when a snapshot holds a ``JSONValue/number(_:)`` that is
    ///   not a JSON number literal (such as `.number("12,5")`), which `Encodable` refuses too.
    public func jsonLine() throws -> String {
        var writer = JSONLineWriter()
        try writeJSONLine(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Reads a record from one JSON line, such as one written by ``jsonLine()`` or by `JSONEncoder`.
    ///
    /// Reads what the `Decodable` conformance reads: unknown keys are ignored, `owner`, `ruleError`, `tags`,
    /// `origin`, `context` and `samplingRate` may be absent, and a record of another `schema` is refused.
    /// Snapshot numbers keep their literal text.
    ///
    /// ```swift
    /// let record = try ViolationRecord(jsonLine: line)
    /// record.invariantID   // "pricing.quote/total-covers-lines"
    /// ```
    /// - Throws: ``JSONLineError`` naming the field: `missing field 'eventID'`, `field 'timestamp': expected an
    ///   RFC 3339 timestamp …`, `field 'schema': unsupported ViolationRecord schema 2; …`, or
    ///   `not valid JSON at column 2: …`.
    public init(jsonLine: some StringProtocol) throws {
        var text = String(jsonLine)
        self = try text.withUTF8 { utf8 throws(JSONLineError) in
            try ViolationRecord(jsonLineBytes: UnsafeRawBufferPointer(utf8))
        }
    }

    /// Reads a record from the UTF-8 bytes of one JSON line; see ``init(jsonLine:)-(StringProtocol)``.
    ///
    /// ```swift
    /// let record = try ViolationRecord(jsonLine: Data(line.utf8))
    /// ```
    /// - Throws: ``JSONLineError`` naming the field or the position of the syntax error.
    public init(jsonLine: Data) throws {
        self = try jsonLine.withUnsafeBytes { bytes throws(JSONLineError) in
            try ViolationRecord(jsonLineBytes: bytes)
        }
    }

    /// Reads a record from the UTF-8 bytes of one JSON line.
    init(jsonLineBytes bytes: UnsafeRawBufferPointer) throws(JSONLineError) {
        var reader = JSONLineReader(bytes: bytes)
        if let record = reader.record() {
            self = record
            return
        }
        // Anything the one-pass reader does not take is read again in full, for the precise error.
        var parser = JSONParser(bytes: bytes)
        let document: JSONValue
        do {
            document = try parser.parseDocument()
        } catch {
            throw .notJSON(error)
        }
        guard case .object(let members) = document else { throw .notAnObject(document) }
        try self.init(jsonLine: JSONLineFields(members))
    }

    /// Appends the line (without a newline) to `bytes`.
    func writeJSONLine(to writer: inout JSONLineWriter) throws(JSONLineError) {
        do {
            try writeFields(to: &writer)
        } catch {
            throw .invalid(Self.dottedPath(error.path), error.message)
        }
    }

    // The keys in the order of their UTF-8 bytes, as `.sortedKeys` writes them.
    private func writeFields(to writer: inout JSONLineWriter) throws(JSONLineWriter.InvalidNumber) {
        writer.beginObject()
        writer.key("adjustedCount")
        writer.double(adjustedCount)
        writer.key("callSite")
        callSite.writeJSONLine(to: &writer)
        if let comparison {
            writer.key("comparison")
            do { try comparison.writeJSONLine(to: &writer) } catch { throw error.inside("comparison") }
        }
        writer.key("context")
        context.writeJSONLine(to: &writer)
        writer.key("eventID")
        writer.string(eventID)
        writer.key("fingerprint")
        writer.string(fingerprint)
        writer.key("input")
        do { try input.writeJSONLine(to: &writer) } catch { throw error.inside("input") }
        writer.key("invariantID")
        writer.string(invariantID)
        writer.key("message")
        writer.string(message)
        writer.key("origin")
        origin.writeJSONLine(to: &writer)
        writer.key("output")
        do { try output.writeJSONLine(to: &writer) } catch { throw error.inside("output") }
        if let owner {
            writer.key("owner")
            writer.string(owner)
        }
        if let ruleError {
            writer.key("ruleError")
            writer.string(ruleError)
        }
        writer.key("ruleID")
        writer.string(ruleID)
        writer.key("samplingRate")
        writer.double(samplingRate)
        writer.key("schema")
        writer.int(schema)
        writer.key("setID")
        writer.string(setID)
        writer.key("severity")
        writer.string(severity.rawValue)
        writer.key("tags")
        writer.strings(tags)
        writer.key("timestamp")
        writer.string(RFC3339.string(from: timestamp))
        writer.endObject()
    }

    /// Reads the fields in the order the `Decodable` conformance does, so the first problem is the same.
    private init(jsonLine fields: JSONLineFields) throws(JSONLineError) {
        let schema = try fields.int("schema")
        guard schema == Self.currentSchema else {
            throw .invalid(
                "schema",
                "unsupported ViolationRecord schema \(schema); this version of swift-invariants reads schema "
                    + "\(Self.currentSchema)"
            )
        }
        let timestampText = try fields.string("timestamp")
        guard let timestamp = RFC3339.date(from: timestampText) else {
            throw .invalid(
                "timestamp", "expected an RFC 3339 timestamp such as 2026-11-23T14:28:56.123Z, got '\(timestampText)'")
        }
        let eventID = try fields.string("eventID")
        let setID = try fields.string("setID")
        let ruleID = try fields.string("ruleID")
        let severityName = try fields.string("severity")
        guard let severity = Severity(rawValue: severityName) else {
            throw .invalid("severity", "expected one of info, warning, error, critical, got '\(severityName)'")
        }
        self.init(
            eventID: eventID,
            timestamp: timestamp,
            setID: setID,
            ruleID: ruleID,
            severity: severity,
            owner: try fields.optionalString("owner"),
            tags: try fields.optionalStrings("tags") ?? [],
            message: try fields.string("message"),
            ruleError: try fields.optionalString("ruleError"),
            input: try Snapshot(jsonLine: fields.object("input")),
            output: try Snapshot(jsonLine: fields.object("output")),
            origin: try fields.optionalObject("origin").map { fields throws(JSONLineError) in
                try CodeOrigin(jsonLine: fields)
            } ?? .unknown,
            callSite: try CallSite(jsonLine: fields.object("callSite")),
            fingerprint: try fields.string("fingerprint"),
            context: try fields.optionalObject("context").map { fields throws(JSONLineError) in
                try InvariantContext(jsonLine: fields)
            } ?? InvariantContext(),
            samplingRate: try fields.optionalDouble("samplingRate") ?? 1,
            comparison: try fields.optionalObject("comparison").map { fields throws(JSONLineError) in
                try ComparisonDetail(jsonLine: fields)
            }
        )
    }

    /// `["output", "value", "items", "[0]", "price"]` → `output.value.items[0].price`.
    private static func dottedPath(_ components: [String]) -> String {
        var path = ""
        for component in components {
            if !path.isEmpty && !component.hasPrefix("[") { path += "." }
            path += component
        }
        return path
    }
}
