import Foundation
import Invariants
import Testing

/// A mismatch record survives both codecs, and records written before `comparison` existed still read.
struct ComparisonRecordCodingTests {
    static let site = CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42)

    static func mismatch() -> ViolationRecord {
        ViolationRecord(
            eventID: "0123456789abcdef0123456789abcdef", timestamp: Date(timeIntervalSince1970: 1_795_444_136.123),
            setID: "pricing.v2", ruleID: "mismatch", severity: .warning, tags: ["experiment"],
            message: "the candidate's output differs from the control's: total: 10.5 → 10.51",
            input: Snapshot(value: ["lines": [1, 2]], byteCount: 15),
            output: Snapshot(value: ["total": .number("10.5")], byteCount: 15),
            origin: .generated(by: "model-x", prompt: "sha256:ab12"), callSite: site, context: InvariantContext(),
            samplingRate: 0.1,
            comparison: ComparisonDetail(
                candidateOutput: Snapshot(value: ["total": .number("10.51"), "note": .null], byteCount: 27),
                differences: [
                    FieldDifference(path: "total", old: .number("10.5"), new: .number("10.51")),
                    FieldDifference(path: "note", old: .none, new: .null),
                    FieldDifference(path: "gone", old: "x", new: .none),
                ],
                controlOrigin: .human(commit: "1a2b3c4"), controlMilliseconds: 0.25, candidateMilliseconds: 1.5))
    }

    static func timeout() -> ViolationRecord {
        var record = mismatch()
        record.ruleID = "candidate-timeout"
        record.comparison = ComparisonDetail(timedOut: true)
        return record
    }

    static func candidateError() -> ViolationRecord {
        var record = mismatch()
        record.ruleID = "candidate-error"
        record.comparison = ComparisonDetail(
            controlMilliseconds: 2, candidateMilliseconds: 0.001, candidateError: "RateTable.missing(\"EUR\")")
        return record
    }

    private func encoderLine(_ record: ViolationRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    @Test(arguments: [mismatch(), timeout(), candidateError()])
    func handWrittenLineIsWhatJSONEncoderWrites(record: ViolationRecord) throws {
        #expect(try record.jsonLine() == encoderLine(record))
    }

    @Test(arguments: [mismatch(), timeout(), candidateError()])
    func bothReadersGiveTheRecordBack(record: ViolationRecord) throws {
        let line = try record.jsonLine()
        #expect(try ViolationRecord(jsonLine: line) == record)
        #expect(try JSONDecoder().decode(ViolationRecord.self, from: Data(line.utf8)) == record)
        // Pretty-printed JSON is not what the one-pass reader takes: the full reader reads it the same.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        #expect(try ViolationRecord(jsonLine: encoder.encode(record)) == record)
    }

    @Test func keepsTheDifferenceBetweenNullAndAbsent() throws {
        let read = try ViolationRecord(jsonLine: Self.mismatch().jsonLine())
        let differences = try #require(read.comparison?.differences)
        #expect(differences[1].old == nil && differences[1].new == .null)
        #expect(differences[2].old == .string("x") && differences[2].new == nil)
    }

    @Test func aSchema1LineWithoutComparisonStillReads() throws {
        let old = """
            {"adjustedCount":1,"callSite":{"fileID":"A.swift","function":"f()","line":1},"eventID":"e1",\
            "fingerprint":"f","input":{"byteCount":0,"truncated":false},"invariantID":"s/r","message":"m",\
            "output":{"byteCount":0,"truncated":false},"ruleID":"r","schema":1,"setID":"s","severity":"error",\
            "timestamp":"2026-11-23T14:28:56.123Z"}
            """
        #expect(try ViolationRecord(jsonLine: old).comparison == nil)
        #expect(try JSONDecoder().decode(ViolationRecord.self, from: Data(old.utf8)).comparison == nil)
        #expect(try !ViolationRecord(jsonLine: old).jsonLine().contains("comparison"))
    }

    @Test func aBrokenComparisonNamesItsField() throws {
        var line = try Self.mismatch().jsonLine()
        line = line.replacingOccurrences(of: #""path":"total""#, with: #""path":7"#)
        #expect {
            try ViolationRecord(jsonLine: line)
        } throws: { error in
            (error as? ViolationRecord.JSONLineError)?.description
                == "field 'comparison.differences[0].path': expected a string, got a number"
        }
    }
}
