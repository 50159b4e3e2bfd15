public import Foundation

extension OTLPSink {
    /// The OTLP/JSON `ExportLogsServiceRequest` for `records`: one resource (`service.name`), one scope
    /// (`swift-invariants`), one LogRecord per record, in order.
    ///
    /// Times are decimal strings of nanoseconds since 1970, integer attributes are strings (OTLP/JSON's
    /// int64 form), and `observedTimeUnixNano` is `observedAt`, the time of the export.
    ///
    /// ```swift
    /// sink.payload(for: [record]).serialized()
    /// // {"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"api"}}]},
    /// //   "scopeLogs":[{"logRecords":[{"attributes":[…],"body":{"stringValue":"…"},…}],
    /// //   "scope":{"name":"swift-invariants"}}]}]}
    /// ```
    public func payload(for records: [ViolationRecord], observedAt: Date = Date()) -> JSONValue {
        let observed = Self.unixNano(observedAt)
        let scopeLogs: JSONValue = .object([
            "scope": .object(["name": .string("swift-invariants")]),
            "logRecords": .array(records.map { Self.logRecord($0, observed: observed) }),
        ])
        let resource: JSONValue = .object([
            "attributes": .array([Self.attribute("service.name", .string(serviceName))])
        ])
        return .object([
            "resourceLogs": .array([.object(["resource": resource, "scopeLogs": .array([scopeLogs])])])
        ])
    }

    /// The OTLP severity number of `severity`: `info` 9 (INFO), `warning` 13 (WARN), `error` 17 (ERROR),
    /// `critical` 21 (FATAL).
    ///
    /// ```swift
    /// OTLPSink.severityNumber(.critical)   // 21
    /// ```
    public static func severityNumber(_ severity: Severity) -> Int {
        switch severity {
        case .info: return 9
        case .warning: return 13
        case .error: return 17
        case .critical: return 21
        }
    }

    private static func logRecord(_ record: ViolationRecord, observed: String) -> JSONValue {
        var fields: [String: JSONValue] = [
            "timeUnixNano": .string(unixNano(record.timestamp)),
            "observedTimeUnixNano": .string(observed),
            "severityNumber": .number(String(severityNumber(record.severity))),
            "severityText": .string(record.severity.rawValue),
            "body": .object(["stringValue": .string(record.message)]),
            "attributes": .array(attributes(of: record)),
        ]
        if let traceID = record.context.traceID, isTraceID(traceID) {
            fields["traceId"] = .string(traceID.lowercased())
        }
        return .object(fields)
    }

    private static func attributes(of record: ViolationRecord) -> [JSONValue] {
        var attributes: [JSONValue] = []
        func add(_ key: String, _ value: JSONValue?) {
            if let value { attributes.append(attribute(key, value)) }
        }
        add("invariant.id", .string(record.invariantID))
        add("invariant.set_id", .string(record.setID))
        add("invariant.rule_id", .string(record.ruleID))
        add("invariant.severity", .string(record.severity.rawValue))
        add("invariant.fingerprint", .string(record.fingerprint))
        add("event.id", .string(record.eventID))
        add("invariant.owner", record.owner.map(JSONValue.string))
        add("code.origin.author", .string(record.origin.author.rawValue))
        add("code.origin.model", record.origin.model.map(JSONValue.string))
        add("code.origin.prompt_hash", record.origin.promptHash.map(JSONValue.string))
        add("code.origin.commit", record.origin.commit.map(JSONValue.string))
        add("code.filepath", .string(record.callSite.fileID))
        add("code.function", .string(record.callSite.function))
        add("code.lineno", .object(["intValue": .string(String(record.callSite.line))]))
        add("invariant.sampling_rate", double(record.samplingRate))
        add("invariant.adjusted_count", double(record.adjustedCount))
        add("request.id", record.context.requestID.map(JSONValue.string))
        add("tenant.id", record.context.tenant.map(JSONValue.string))
        add("trace_id", record.context.traceID.map(JSONValue.string))
        add("invariant.rule_error", record.ruleError.map(JSONValue.string))
        add("invariant.input", snapshotText(record.input).map(JSONValue.string))
        add("invariant.output", snapshotText(record.output).map(JSONValue.string))
        if record.input.truncated { add("invariant.input.truncated", .object(["boolValue": .bool(true)])) }
        if record.output.truncated { add("invariant.output.truncated", .object(["boolValue": .bool(true)])) }
        return attributes
    }

    /// `{"key": key, "value": value}`; a bare string value becomes `{"stringValue": …}`.
    private static func attribute(_ key: String, _ value: JSONValue) -> JSONValue {
        let wrapped: JSONValue
        if case .string = value { wrapped = .object(["stringValue": value]) } else { wrapped = value }
        return .object(["key": .string(key), "value": wrapped])
    }

    /// `{"doubleValue": …}`; OTLP/JSON writes a non-finite double as the string `Infinity` or `NaN`.
    private static func double(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .object(["doubleValue": .string(value.isNaN ? "NaN" : "Infinity")]) }
        return .object(["doubleValue": .number(String(value))])
    }

    /// The redacted JSON of a snapshot, else its redacted text (a description, or the truncated JSON's
    /// beginning); `nil` when it holds neither.
    private static func snapshotText(_ snapshot: Snapshot) -> String? {
        snapshot.value?.serialized() ?? snapshot.text
    }

    /// Nanoseconds since 1970 as a decimal string, to the microsecond; `0` before 1970.
    static func unixNano(_ date: Date) -> String {
        let micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        guard micros > 0 else { return "0" }
        guard micros < 9_223_372_036_854_775.0 else { return String(Int64.max) }
        return String(Int64(micros) * 1000)
    }

    /// Whether `text` is a W3C trace ID: 32 hex digits, not all zero.
    static func isTraceID(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy(isHexDigit) && text.utf8.contains { $0 != UInt8(ascii: "0") }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }
}
