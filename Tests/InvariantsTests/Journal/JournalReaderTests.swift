import Foundation
import Invariants
import Testing

struct JournalReaderTests {
    @Test func reportsATruncatedLastLineAsTornAfterTheCompleteOnes() throws {
        let scratch = try ScratchDirectory()
        let lines = try JournalFixtures.records(0..<3).map(JournalFixtures.line)
        try (lines[0] + lines[1] + lines[2].prefix(lines[2].count / 2)).write(to: scratch.journal)

        let entries = try JournalReader(url: scratch.journal).entries()
        let path = scratch.path("violations.jsonl")
        #expect(
            entries == [
                .record(JournalFixtures.record(0), location: JournalLocation(file: path, line: 1)),
                .record(JournalFixtures.record(1), location: JournalLocation(file: path, line: 2)),
                .corrupt(JournalLocation(file: path, line: 3), reason: "torn last line (no newline)"),
            ])
    }

    @Test func reportsCorruptLinesInTheMiddleWithFileAndLineAndGoesOn() throws {
        let scratch = try ScratchDirectory()
        let line = { (index: Int) in try JournalFixtures.line(JournalFixtures.record(index)) }
        let newerSchema = String(decoding: try line(9), as: UTF8.self)
            .replacingOccurrences(of: #""schema":1"#, with: #""schema":2"#)
        let withoutEventID = String(decoding: try line(9), as: UTF8.self)
            .replacingOccurrences(of: #""eventID":"00000000000000000000000000000009","#, with: "")
        let contents =
            try line(0) + Data("{garbage\n".utf8) + line(1) + Data("\n".utf8) + Data(newerSchema.utf8)
            + Data(withoutEventID.utf8) + line(2)
        try contents.write(to: scratch.journal)

        var corrupt: [String] = []
        var records: [String] = []
        try JournalReader(url: scratch.journal).forEach { entry in
            switch entry {
            case .record(let record, let location): records.append("\(location) \(record.eventID.suffix(1))")
            case .corrupt(let location, let reason): corrupt.append("\(location) \(reason)")
            }
        }
        #expect(records == ["violations.jsonl:1 0", "violations.jsonl:3 1", "violations.jsonl:7 2"])
        #expect(
            corrupt == [
                "violations.jsonl:2 not valid JSON at column 2: expected a string key or '}'",
                "violations.jsonl:4 empty line",
                "violations.jsonl:5 field 'schema': unsupported ViolationRecord schema 2; this version of "
                    + "swift-invariants reads schema 1",
                "violations.jsonl:6 missing field 'eventID'",
            ])
    }

    @Test func expandsAJournalToItsRotatedFilesOldestFirst() throws {
        let scratch = try ScratchDirectory()
        for name in [
            "violations.jsonl", "violations.1.jsonl", "violations.2.jsonl", "violations.10.jsonl",
            "violations.jsonl.torn-1795444136123", "violations.01.jsonl", "other.1.jsonl", "violations.x.jsonl",
        ] {
            try Data().write(to: scratch.file(name))
        }

        let reader = try JournalReader(journalAt: scratch.journal)
        #expect(
            reader.urls.map(\.lastPathComponent) == [
                "violations.10.jsonl", "violations.2.jsonl", "violations.1.jsonl", "violations.jsonl",
            ])
    }

    @Test func expandsAJournalWithoutItsActiveFile() throws {
        let scratch = try ScratchDirectory()
        try Data().write(to: scratch.file("violations.1.jsonl"))

        let reader = try JournalReader(journalAt: scratch.journal)
        #expect(reader.urls.map(\.lastPathComponent) == ["violations.1.jsonl"])
    }

    @Test func namesTheDirectoryItCannotList() throws {
        let scratch = try ScratchDirectory()

        let error = #expect(throws: JournalError.self) {
            try JournalReader(journalAt: scratch.file("missing/violations.jsonl"))
        }
        #expect(
            error?.description
                == "journal: cannot list the directory \(scratch.path("missing")): No such file or directory (errno 2)")
    }

    @Test func namesTheFileItCannotOpen() throws {
        let scratch = try ScratchDirectory()
        let missing = scratch.file("missing.jsonl")

        let error = #expect(throws: JournalError.self) { try JournalReader(url: missing).records() }
        #expect(
            error?.description
                == "journal: cannot open \(scratch.path("missing.jsonl")): No such file or directory (errno 2)")
    }

    @Test func readsLinesLongerThanTheReadChunk() throws {
        let scratch = try ScratchDirectory()
        let long = JournalFixtures.record(1, message: String(repeating: "é", count: 1_500_000))
        try JournalSink(at: scratch.journal).record([JournalFixtures.record(0), long, JournalFixtures.record(2)])

        #expect(
            try JournalReader(url: scratch.journal).records() == [
                JournalFixtures.record(0), long, JournalFixtures.record(2),
            ])
    }

    @Test func describesALocationByFileNameAndLine() {
        #expect(
            JournalLocation(file: "/var/lib/svc/violations.2.jsonl", line: 17).description == "violations.2.jsonl:17")
    }
}
