import Foundation
import Invariants
import Testing

struct JournalSinkTests {
    @Test func recordsComeBackFromTheReaderEqualAndInOrder() throws {
        let scratch = try ScratchDirectory()
        let sink: JournalSink = .journal(at: scratch.journal)
        try sink.record(JournalFixtures.records(0..<3))
        try sink.record([JournalFixtures.record(3)])
        try sink.close()

        let reader = JournalReader(url: scratch.journal)
        #expect(try reader.records() == JournalFixtures.records(0..<4))
        #expect(try reader.entries().map(\.location.description) == (1...4).map { "violations.jsonl:\($0)" })
    }

    @Test func writesOneSortedKeyJSONObjectPerLine() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal)
        try sink.record(JournalFixtures.records(0..<2))
        try sink.close()

        let expected =
            try JournalFixtures.line(JournalFixtures.record(0)) + JournalFixtures.line(JournalFixtures.record(1))
        let contents = try JournalFixtures.contents(of: scratch.journal)
        #expect(contents == expected)
        #expect(String(decoding: contents, as: UTF8.self).contains(#""fileID":"Pricing/Quote.swift""#))
    }

    @Test func appendsToAnExistingJournal() throws {
        let scratch = try ScratchDirectory()
        try JournalSink(at: scratch.journal).record(JournalFixtures.records(0..<2))
        try JournalSink(at: scratch.journal).record(JournalFixtures.records(2..<3))

        #expect(try JournalReader(url: scratch.journal).records() == JournalFixtures.records(0..<3))
    }

    @Test func createsTheFile0600AndMissingDirectories0700() throws {
        let scratch = try ScratchDirectory()
        let url = scratch.file("a/b/violations.jsonl")
        let sink = JournalSink(at: url)
        try sink.record([JournalFixtures.record(0)])

        #expect(try JournalFixtures.mode(of: url) == 0o600)
        #expect(try JournalFixtures.mode(of: scratch.file("a")) == 0o700)
        #expect(try JournalFixtures.mode(of: scratch.file("a/b")) == 0o700)
    }

    @Test func setsAnExistingFileTo0600() throws {
        let scratch = try ScratchDirectory()
        try Data().write(to: scratch.journal)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: scratch.path("violations.jsonl"))
        let sink = JournalSink(at: scratch.journal)
        try sink.record([JournalFixtures.record(0)])

        #expect(try JournalFixtures.mode(of: scratch.journal) == 0o600)
    }

    @Test(arguments: [
        JournalDurability.none, .batch, .interval(.zero), .interval(.seconds(3600)), .everyRecord,
    ])
    func everyDurabilityWritesReadableRecords(durability: JournalDurability) throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, durability: durability)
        try sink.record(JournalFixtures.records(0..<5))
        try sink.record(JournalFixtures.records(5..<6))
        try sink.flush()

        #expect(try JournalReader(url: scratch.journal).records() == JournalFixtures.records(0..<6))
        try sink.close()
    }

    @Test func namesTheFileAndTheSystemReasonWhenItCannotOpen() throws {
        let scratch = try ScratchDirectory()
        try Data("not a directory".utf8).write(to: scratch.file("blocker"))
        let url = scratch.file("blocker/violations.jsonl")
        let sink: JournalSink = .journal(at: url)

        let expected = "journal: cannot open \(scratch.path("blocker/violations.jsonl")): Not a directory (errno 20)"
        let opening = #expect(throws: JournalError.self) { try sink.open() }
        #expect(opening?.description == expected)
        let recording = #expect(throws: JournalError.self) { try sink.record([JournalFixtures.record(0)]) }
        #expect(recording?.description == expected)
        #expect(recording?.path == scratch.path("blocker/violations.jsonl"))
    }

    @Test func namesTheDirectoryItCannotCreate() throws {
        let scratch = try ScratchDirectory()
        try Data("not a directory".utf8).write(to: scratch.file("blocker"))
        let sink = JournalSink(at: scratch.file("blocker/logs/violations.jsonl"))

        let error = #expect(throws: JournalError.self) { try sink.record([JournalFixtures.record(0)]) }
        #expect(
            error?.description
                == "journal: cannot create the directory \(scratch.path("blocker/logs")): Not a directory (errno 20)")
    }

    @Test func refusesRecordsAfterClose() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal)
        try sink.close()

        let error = #expect(throws: JournalError.self) { try sink.record([JournalFixtures.record(0)]) }
        #expect(
            error?.description == "journal: cannot write to \(scratch.path("violations.jsonl")): the journal is closed")
    }

    @Test func keepsEveryLineWholeWhenCalledFromManyThreads() throws {
        let scratch = try ScratchDirectory()
        let sink = JournalSink(at: scratch.journal, durability: .none)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for index in 0..<50 { try? sink.record([JournalFixtures.record(thread * 50 + index)]) }
        }
        try sink.close()

        let entries = try JournalReader(url: scratch.journal).entries()
        #expect(entries.count == 400)
        #expect(Set(entries.compactMap(\.record)) == Set(JournalFixtures.records(0..<400)))
    }

    @Test func worksAsAMonitorSink() async throws {
        let scratch = try ScratchDirectory()
        let monitor = InvariantMonitor(sinks: [.journal(at: scratch.journal)])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        await monitor.shutdown()

        let records = try JournalReader(journalAt: scratch.journal).records()
        #expect(records.map(\.invariantID) == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
    }
}
