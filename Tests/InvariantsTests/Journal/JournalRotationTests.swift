import Foundation
import Invariants
import Testing

struct JournalRotationTests {
    /// The size of one fixture record's line; every fixture line has the same size.
    private let lineSize: Int

    init() throws {
        lineSize = try JournalFixtures.line(JournalFixtures.record(0)).count
    }

    @Test func rotatesBeforeTheFileWouldPassMaxBytesAndKeepsMaxFiles() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, rotation: JournalRotation(maxBytes: 3 * lineSize, maxFiles: 2))
        try sink.record(JournalFixtures.records(0..<7))
        for index in 7..<20 { try sink.record([JournalFixtures.record(index)]) }
        try sink.close()

        // Files of 3 records: [0-2] … [15-17], [18-19]; only the 2 newest rotated files are kept.
        #expect(try scratch.names() == ["violations.1.jsonl", "violations.2.jsonl", "violations.jsonl"])
        #expect(
            try JournalReader(url: scratch.file("violations.2.jsonl")).records() == JournalFixtures.records(12..<15))
        #expect(
            try JournalReader(url: scratch.file("violations.1.jsonl")).records() == JournalFixtures.records(15..<18))
        #expect(try JournalReader(url: scratch.journal).records() == JournalFixtures.records(18..<20))

        let reader = try JournalReader(journalAt: scratch.journal)
        #expect(
            reader.urls.map(\.lastPathComponent) == ["violations.2.jsonl", "violations.1.jsonl", "violations.jsonl"])
        #expect(try reader.records() == JournalFixtures.records(12..<20))
    }

    @Test func rotatedFilesKeep0600() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, rotation: JournalRotation(maxBytes: lineSize, maxFiles: 5))
        try sink.record(JournalFixtures.records(0..<3))

        #expect(try scratch.names() == ["violations.1.jsonl", "violations.2.jsonl", "violations.jsonl"])
        for name in try scratch.names() {
            #expect(try JournalFixtures.mode(of: scratch.file(name)) == 0o600, "\(name)")
        }
    }

    @Test func neverGrowsAFilePastMaxBytes() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, rotation: JournalRotation(maxBytes: 2 * lineSize + 1, maxFiles: 10))
        try sink.record(JournalFixtures.records(0..<9))

        let names = try scratch.names()
        #expect(names.count == 5)
        for name in names where name != "violations.jsonl" {
            #expect(try JournalFixtures.contents(of: scratch.file(name)).count == 2 * lineSize, "\(name)")
        }
        #expect(try JournalFixtures.contents(of: scratch.journal).count == lineSize)
        #expect(try JournalReader(journalAt: scratch.journal).records() == JournalFixtures.records(0..<9))
    }

    @Test func givesARecordLargerThanMaxBytesAFileOfItsOwn() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, rotation: JournalRotation(maxBytes: lineSize, maxFiles: 5))
        let large = JournalFixtures.record(1, message: String(repeating: "x", count: 2 * lineSize))
        try sink.record([JournalFixtures.record(0), large, JournalFixtures.record(2)])

        #expect(try JournalReader(url: scratch.file("violations.2.jsonl")).records() == [JournalFixtures.record(0)])
        #expect(try JournalReader(url: scratch.file("violations.1.jsonl")).records() == [large])
        #expect(try JournalReader(url: scratch.journal).records() == [JournalFixtures.record(2)])
    }

    @Test func continuesTheSizeOfAnExistingFileAfterReopening() throws {
        let scratch = try ScratchDirectory()
        let rotation = JournalRotation(maxBytes: 2 * lineSize, maxFiles: 1)
        try JournalSink(at: scratch.journal, rotation: rotation).record([JournalFixtures.record(0)])
        try JournalSink(at: scratch.journal, rotation: rotation).record(JournalFixtures.records(1..<3))

        #expect(try JournalReader(url: scratch.file("violations.1.jsonl")).records() == JournalFixtures.records(0..<2))
        #expect(try JournalReader(url: scratch.journal).records() == [JournalFixtures.record(2)])
    }

    @Test func keepsNoRotatedFileWhenMaxFilesIsZero() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, rotation: JournalRotation(maxBytes: lineSize, maxFiles: 0))
        try sink.record(JournalFixtures.records(0..<3))

        #expect(try scratch.names() == ["violations.jsonl"])
        #expect(try JournalReader(url: scratch.journal).records() == [JournalFixtures.record(2)])
    }
}
