import Foundation
import Invariants
import Testing

struct JournalRecoveryTests {
    private let torn = Data(#"{"adjustedCount":1,"callSite":{"fileID":"Pricing/Qu"#.utf8)

    @Test func setsATornLastLineAsideAndGoesOnAppending() throws {
        let scratch = try ScratchDirectory()
        let complete = try JournalFixtures.records(0..<3).map(JournalFixtures.line).reduce(Data(), +)
        try (complete + torn).write(to: scratch.journal)

        let sink = JournalSink(at: scratch.journal)
        #expect(sink.recoveredTornBytes == torn.count)
        let tornFile = try #require(sink.tornLineFile)
        #expect(tornFile.lastPathComponent.hasPrefix("violations.jsonl.torn-"))
        #expect(Int(tornFile.lastPathComponent.dropFirst("violations.jsonl.torn-".count)) != nil)
        #expect(try JournalFixtures.contents(of: tornFile) == torn)
        #expect(try JournalFixtures.mode(of: tornFile) == 0o600)
        #expect(try JournalFixtures.contents(of: scratch.journal) == complete)

        try sink.record([JournalFixtures.record(3)])
        let entries = try JournalReader(journalAt: scratch.journal).entries()
        #expect(entries.compactMap(\.record) == JournalFixtures.records(0..<4))
        #expect(entries.count == 4)
    }

    @Test func setsAsideAFileWithoutAnyNewline() throws {
        let scratch = try ScratchDirectory()
        try torn.write(to: scratch.journal)

        let sink = JournalSink(at: scratch.journal)
        #expect(sink.recoveredTornBytes == torn.count)
        #expect(try JournalFixtures.contents(of: try #require(sink.tornLineFile)) == torn)
        #expect(try JournalFixtures.contents(of: scratch.journal).isEmpty)
    }

    @Test func recoversNothingFromACompleteJournal() throws {
        let scratch = try ScratchDirectory()
        try JournalSink(at: scratch.journal).record(JournalFixtures.records(0..<2))

        let sink = JournalSink(at: scratch.journal)
        #expect(sink.recoveredTornBytes == 0)
        #expect(sink.tornLineFile == nil)
        #expect(try scratch.names() == ["violations.jsonl"])
    }

    @Test func findsTheLastNewlineBeyondOneReadChunk() throws {
        let scratch = try ScratchDirectory()
        let complete = try JournalFixtures.line(JournalFixtures.record(0))
        let longTorn = Data(repeating: UInt8(ascii: "x"), count: 200_000)
        try (complete + longTorn).write(to: scratch.journal)

        let sink = JournalSink(at: scratch.journal)
        #expect(sink.recoveredTornBytes == 200_000)
        #expect(try JournalFixtures.contents(of: try #require(sink.tornLineFile)) == longTorn)
        #expect(try JournalFixtures.contents(of: scratch.journal) == complete)
    }
}
