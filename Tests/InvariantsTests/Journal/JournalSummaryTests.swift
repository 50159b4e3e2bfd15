import Foundation
import Invariants
import Testing

struct JournalSummaryTests {
    /// Records that exercise every kind of field the scan reads or skips.
    private static func varied() -> [ViolationRecord] {
        var records = JournalFixtures.records(0..<3)
        records.append(
            ViolationRecord(
                eventID: "ab", timestamp: Date(timeIntervalSince1970: 1_795_444_136.5), setID: "auth.check",
                ruleID: "suspended-denied", severity: .critical, owner: "identity", tags: ["auth", "é"],
                message: "line\nbreak \"quoted\" \\ tab\t", ruleError: "threw",
                input: Snapshot(
                    value: [
                        "name": "Zoë 🚀",
                        "nested": [[1, .number("2.5"), .number("-3.25")], ["x": .null, "t": true, "f": false]],
                    ],
                    redactedPaths: ["token"], byteCount: 80),
                output: Snapshot(text: "not encodable <html>", truncated: true, byteCount: 9_000),
                origin: CodeOrigin(
                    author: .generated, model: "m", promptVersion: "v3", promptHash: "sha256:ab",
                    commit: "c", generatedAt: Date(timeIntervalSince1970: 1_700_000_000), reviewedBy: "ann"),
                callSite: CallSite(fileID: "Auth/Check.swift", function: "check(_:)", line: 7),
                context: InvariantContext(requestID: "r", tenant: "t", traceID: "tr", tags: ["k": "v"]),
                samplingRate: 0.25))
        records.append(
            ViolationRecord(
                eventID: "cd", setID: "s", ruleID: "r", severity: .info, message: "", input: Snapshot(),
                output: Snapshot(), origin: .unknown, callSite: CallSite(fileID: "A/B.swift", function: "f()", line: 1),
                context: InvariantContext()))
        return records
    }

    @Test func summariesMatchTheRecordsTheFullReaderReads() throws {
        let scratch = try ScratchDirectory()
        let records = Self.varied()
        try Data(records.map { try $0.jsonLine() + "\n" }.joined().utf8).write(to: scratch.journal)
        let reader = JournalReader(url: scratch.journal)
        var summaries: [ViolationSummary] = []
        var decoded: [ViolationRecord] = []
        try reader.forEachSummary { entry, record in
            guard case .record(let summary, _) = entry else {
                Issue.record("unexpected \(entry)")
                return
            }
            summaries.append(summary)
            decoded.append(try record())
        }
        #expect(summaries == records.map(ViolationSummary.init))
        #expect(decoded == records)
        #expect(summaries[3].adjustedCount == 4)
        #expect(summaries[3].invariantID == "auth.check/suspended-denied")
        #expect(summaries[3].milliseconds == 1_795_444_136_500)
    }

    /// Each line is broken in one way; the scan must call exactly the lines corrupt that the full reader does,
    /// with the same reasons, however much of the line it skips.
    @Test func corruptLinesGetTheFullReadersReasons() throws {
        let good = try JournalFixtures.record(1).jsonLine()
        func replacing(_ old: String, _ new: String) -> String {
            precondition(good.contains(old), old)
            return good.replacingOccurrences(of: old, with: new)
        }
        let lines = [
            replacing(#""sku":"A""#, #""sku":"A\x""#),  // bad escape inside a skipped value
            replacing(#""sku":"A""#, #""sku":"\ud800""#),  // unpaired surrogate inside a skipped value
            replacing(#""sku":"A""#, #""sku":01"#),  // bad number inside a skipped value
            replacing(#""sku":"A""#, #""sku":[1,]"#),  // bad array inside a skipped value
            replacing(#""sku":"A""#, #""sku":tru"#),  // bad literal
            replacing(#""truncated":false"#, #""truncated":"no""#),  // wrong type in a snapshot
            replacing(#""requestID":"r-"#, #""requestID":7,"x":"#),  // wrong type in the context
            replacing(#""tags":[]"#, #""tags":[1]"#),  // a tag that is not a string
            replacing(#""message":"tax -0.01 < 0""#, #""message":null"#),  // a required string that is null
            replacing(#""sku":"A""#, "\"sku\":\"A\tlong enough for a word\""),  // a raw control character
            replacing(#""schema":1"#, #""schema":2"#),
            replacing(#""severity":"error""#, #""severity":"fatal""#),
            replacing(#""timestamp":"2026-11-23T14:28:56.123Z""#, #""timestamp":"yesterday""#),
            String(good.dropLast()),
            good + " x",
            replacing(#""sku":"A""#, #""sku":"A\u00e9\n""#),  // valid escapes: a record
            replacing(#""sku":"A""#, #""s\u006bu":"Zoë""#),  // an escaped key and non-ASCII: a record
            "",
        ]
        let scratch = try ScratchDirectory()
        try Data((lines.joined(separator: "\n") + "\n{\"torn").utf8).write(to: scratch.journal)
        let reader = JournalReader(url: scratch.journal)
        var full: [String] = []
        try reader.forEach { entry in
            switch entry {
            case .record(let record, let location): full.append("\(location): record \(record.eventID)")
            case .corrupt(let location, let reason): full.append("\(location): \(reason)")
            }
        }
        var scanned: [String] = []
        try reader.forEachSummary { entry, _ in
            switch entry {
            case .record(let summary, let location): scanned.append("\(location): record \(summary.eventID)")
            case .corrupt(let location, let reason): scanned.append("\(location): \(reason)")
            }
        }
        #expect(scanned == full)
        #expect(full.count == lines.count + 1)
        #expect(full[9].contains("unescaped control character U+0009"))
        #expect(full.filter { $0.contains(": record ") }.count == 2)
    }

    @Test func theRecordOfACorruptLineThrowsNamingTheLine() throws {
        let scratch = try ScratchDirectory()
        try Data("oops\n".utf8).write(to: scratch.journal)
        var message = ""
        try JournalReader(url: scratch.journal).forEachSummary { _, record in
            do { _ = try record() } catch { message = "\(error)" }
        }
        #expect(
            message
                == "journal: cannot read a record from violations.jsonl:1: not valid JSON at column 1: expected a JSON value"
        )
    }
}

struct JournalPartTests {
    /// Rotated files, a corrupt line and a torn last line, cut into 1 to 7 parts: the parts read every line once,
    /// in order, with the line numbers of a whole read.
    @Test func partsReadEveryLineOnceWithItsLineNumber() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, rotation: JournalRotation(maxBytes: 4_000, maxFiles: 50))
        try sink.open()
        for index in 0..<40 { try sink.record([JournalFixtures.record(index)]) }
        var handle = try FileHandle(forWritingTo: scratch.journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("not json\n".utf8))
        try handle.close()
        try sink.record([JournalFixtures.record(40)])
        handle = try FileHandle(forWritingTo: scratch.journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"torn".utf8))
        try handle.close()

        let reader = try JournalReader(journalAt: scratch.journal)
        #expect(reader.urls.count > 3)
        func describe(_ entry: JournalSummaryEntry) -> String {
            switch entry {
            case .record(let summary, let location): "\(location.file):\(location.line) \(summary.eventID)"
            case .corrupt(let location, let reason): "\(location.file):\(location.line) \(reason)"
            }
        }
        var whole: [String] = []
        try reader.forEachSummary { entry, _ in whole.append(describe(entry)) }
        #expect(whole.count == 43)
        for count in 1...7 {
            let parts = reader.parts(count)
            #expect(parts.count == count)
            var pieced: [String] = []
            for part in parts {
                try reader.forEachSummary(in: part) { entry, _ in pieced.append(describe(entry)) }
            }
            #expect(pieced == whole, "\(count) parts")
        }
    }
}
