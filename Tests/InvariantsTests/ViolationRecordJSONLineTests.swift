import Foundation
import Invariants
import Testing

private struct Order: Encodable {
    var customer: String
    var password: String
    var amount: Decimal
    var lines: [Double]
}

/// Records covering every field, every optional absent and present, every origin kind and awkward text.
private enum Samples {
    static let site = CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42)
    static let time = Date(timeIntervalSince1970: 1_795_444_136.123)

    static let minimal = ViolationRecord(
        eventID: "00000000000000000000000000000001", timestamp: time, setID: "s", ruleID: "r",
        message: "m", input: Snapshot(text: "Cart(lines: 0)", byteCount: 14), output: Snapshot(),
        callSite: site, context: InvariantContext()
    )

    static let full = ViolationRecord(
        eventID: "0123456789abcdef0123456789abcdef", timestamp: time, setID: "pricing.quote",
        ruleID: "total-covers-lines", severity: .critical, owner: "payments", tags: ["money", "tax"],
        message: "total 9.99 < lines 10.00", ruleError: "DecodingError: bad",
        input: .capture(Order(customer: "ann", password: "hunter2", amount: 12.345, lines: [0.1, 2, 0.25])),
        output: Snapshot(value: ["total": .number("9.99"), "items": [1, nil, true, ["x": "y"]]], byteCount: 40),
        origin: CodeOrigin(
            author: .generated, model: "claude-x", promptVersion: "v3", promptHash: "sha256:ab12cd34ef56",
            commit: "1a2b3c4d5e6f", generatedAt: Date(timeIntervalSince1970: 1_795_000_000.5), reviewedBy: "ann"),
        callSite: site,
        context: InvariantContext(
            requestID: "r-1", tenant: "acme", traceID: "4bf92f35",
            tags: ["region": "eu-west-1", "Zone": "b", "_x": "1", "é": "2", "item10": "3", "item9": "4"]),
        samplingRate: 0.05
    )

    static let truncated = ViolationRecord(
        eventID: "00000000000000000000000000000002", timestamp: time, setID: "export", ruleID: "no-truncation",
        severity: .warning, message: "rows dropped",
        input: Snapshot(text: #"{"rows":[1,2,3"#, redactedPaths: ["token"], truncated: true, byteCount: 20_000),
        output: Snapshot(value: .null, byteCount: 4), origin: .human(commit: "abc"), callSite: site,
        context: InvariantContext(tenant: "t"), samplingRate: 0.1
    )

    static let oddText = ViolationRecord(
        eventID: "00000000000000000000000000000003", timestamp: Date(timeIntervalSince1970: -1.5), setID: "a/b",
        ruleID: "quote\"back\\slash", severity: .info, owner: "tab\there", tags: ["new\nline", "\u{1}\u{1F}\u{7F}"],
        message: "naïve café 😀 \u{2028} \r\n \u{8}\u{C} </script>",
        input: Snapshot(value: ["k\"ey": "v\\al", "ünï": ["nested\n": .number("-0.01")], "": ""], byteCount: 1),
        output: Snapshot(value: .array([]), byteCount: 2), origin: .unknown,
        callSite: CallSite(
            fileID: "M/F.swift", function: "f(_:)", line: 0),
        context: InvariantContext(requestID: "\"", tags: ["k\n": "v\u{0}"]), samplingRate: 0.3
    )

    static let all = [minimal, full, truncated, oddText]
}

struct ViolationRecordJSONLineTests {
    private func encoderLine(_ record: ViolationRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    private func record(output value: JSONValue) -> ViolationRecord {
        var record = Samples.minimal
        record.output = Snapshot(value: value, byteCount: 9)
        return record
    }

    @Test(arguments: Samples.all)
    func writesTheBytesJSONEncoderWrites(record: ViolationRecord) throws {
        #expect(try record.jsonLine() == encoderLine(record))
    }

    @Test(arguments: Samples.all)
    func readsBackAnEqualRecord(record: ViolationRecord) throws {
        #expect(try ViolationRecord(jsonLine: record.jsonLine()) == record)
        #expect(try ViolationRecord(jsonLine: Data(record.jsonLine().utf8)) == record)
    }

    @Test(arguments: Samples.all)
    func readsWhatJSONEncoderWritesAndJSONDecoderReadsWhatItWrites(record: ViolationRecord) throws {
        #expect(try ViolationRecord(jsonLine: encoderLine(record)) == record)
        #expect(try JSONDecoder().decode(ViolationRecord.self, from: Data(record.jsonLine().utf8)) == record)
    }

    @Test func writesDerivedDoublesAsJSONEncoderDoes() throws {
        let line = try Samples.full.jsonLine()
        #expect(line.hasPrefix(#"{"adjustedCount":20,"#))
        #expect(line.contains(#""samplingRate":0.05,"#))
        #expect(try Samples.minimal.jsonLine().contains(#""samplingRate":1,"#))
        #expect(try Samples.truncated.jsonLine().hasPrefix(#"{"adjustedCount":10,"#))
        #expect(try Samples.oddText.jsonLine().hasPrefix(#"{"adjustedCount":3.3333333333333335,"#))
    }

    @Test(arguments: [
        "0", "-0", "0.0", "-0.000", "42", "-7", "12.345", "-0.01", "1.50", "100.00", "0.05", "0.000001",
        "1e3", "1E-7", "-1.5e+2", "12345678901234567890123456789012345678", "99999999999999999999999999999999999999",
        "123456789012345678901234567890123456789", "0.12345678901234567890123456789012345678", "1e200", "-1e-200",
    ])
    func writesSnapshotNumbersAsJSONEncoderDoes(literal: String) throws {
        let record = record(output: ["n": .number(literal), "list": [.number(literal)]])
        #expect(try record.jsonLine() == encoderLine(record))
        // Both readers read the normalised number the same way.
        let line = try record.jsonLine()
        let decoded = try JSONDecoder().decode(ViolationRecord.self, from: Data(line.utf8))
        #expect(try ViolationRecord(jsonLine: line) == decoded)
    }

    @Test func namesTheSnapshotFieldOfANumberThatIsNotOne() {
        let record = record(output: ["items": [["price": .number("12,5")]]])
        let error = #expect(throws: ViolationRecord.JSONLineError.self) { try record.jsonLine() }
        #expect(error?.description == "field 'output.value.items[0].price': '12,5' is not a JSON number literal")
        #expect(error?.field == "output.value.items[0].price")
    }

    @Test(
        arguments: [
            (
                "schema", .number("2"),
                "field 'schema': unsupported ViolationRecord schema 2; this version of swift-invariants reads schema 1"
            ),
            ("schema", .string("1"), "field 'schema': expected an integer, got a string"),
            (
                "timestamp", .string("yesterday"),
                "field 'timestamp': expected an RFC 3339 timestamp such as 2026-11-23T14:28:56.123Z, got 'yesterday'"
            ),
            ("eventID", .null, "field 'eventID': expected a string, got null"),
            (
                "severity", .string("fatal"),
                "field 'severity': expected one of info, warning, error, critical, got 'fatal'"
            ),
            ("tags", ["a", 1], "field 'tags[1]': expected a string, got a number"),
            (
                "callSite", ["fileID": "F", "function": "f", "line": "7"],
                "field 'callSite.line': expected an integer, got a string"
            ),
            ("callSite", ["fileID": "F", "line": 7], "missing field 'callSite.function'"),
            (
                "origin", ["author": "robot"],
                "field 'origin.author': expected one of human, generated, unknown, got 'robot'"
            ),
            ("origin", ["generatedAt": "soon"], "field 'origin.generatedAt': expected an RFC 3339 date, got 'soon'"),
            ("context", ["tags": ["a": 1]], "field 'context.tags.a': expected a string, got a number"),
            ("input", .string("x"), "field 'input': expected an object, got a string"),
            ("samplingRate", .string("0.5"), "field 'samplingRate': expected a number, got a string"),
        ] as [(String, JSONValue, String)])
    func namesTheFieldThatIsWrong(key: String, value: JSONValue, expected: String) throws {
        guard case .object(var members) = try JSONValue(parsing: Samples.full.jsonLine()) else {
            Issue.record("not an object")
            return
        }
        members[key] = value
        let error = #expect(throws: ViolationRecord.JSONLineError.self) {
            try ViolationRecord(jsonLine: JSONValue.object(members).serialized())
        }
        #expect(error?.description == expected)
    }

    @Test func namesAMissingField() throws {
        guard case .object(var members) = try JSONValue(parsing: Samples.full.jsonLine()) else { return }
        members["fingerprint"] = nil
        let error = #expect(throws: ViolationRecord.JSONLineError.self) {
            try ViolationRecord(jsonLine: JSONValue.object(members).serialized())
        }
        #expect(error?.description == "missing field 'fingerprint'")
        #expect(error?.field == "fingerprint")
    }

    @Test func saysWhereALineIsNotJSONOrNotAnObject() {
        let garbage = #expect(throws: ViolationRecord.JSONLineError.self) { try ViolationRecord(jsonLine: "{garbage") }
        #expect(garbage?.description == "not valid JSON at column 2: expected a string key or '}'")
        #expect(garbage?.parseError?.offset == 1)
        let array = #expect(throws: ViolationRecord.JSONLineError.self) { try ViolationRecord(jsonLine: "[1]") }
        #expect(array?.description == "expected a JSON object, got an array")
    }

    @Test func readsOnlyWhatTheDecodableConformanceRequires() throws {
        let line =
            #"{"schema":1,"eventID":"e","timestamp":"2026-11-23T14:28:56Z","setID":"s","ruleID":"r","#
            + #""severity":"info","message":"m","input":{},"output":{"value":1.50},"fingerprint":"f","#
            + #""callSite":{"fileID":"F","function":"f","line":1},"owner":null,"unknown":[1,2]}"#
        let record = try ViolationRecord(jsonLine: line)
        #expect(record.owner == nil && record.tags == [] && record.origin == .unknown && record.context.isEmpty)
        #expect(record.samplingRate == 1)
        #expect(record.output.value == .number("1.50"))  // the literal, as written
        var decoded = try JSONDecoder().decode(ViolationRecord.self, from: Data(line.utf8))
        #expect(decoded.output.value == .number("1.5"))  // through Decimal
        decoded.output = record.output
        #expect(decoded == record)
    }
}
