import Foundation
import Invariants
import Testing

/// `JournalReader.maxLineBytes`: a longer line is a corrupt entry with its file and line, skipped without
/// being loaded, and the lines after it are still read.
struct JournalReaderLineLimitTests {
    @Test func aLineLongerThanTheLimitIsACorruptEntryAndReadingGoesOn() throws {
        let scratch = try ScratchDirectory()
        let record = try httpSinkRecord().jsonLine()
        let text = record + "\n" + String(repeating: "\u{0}", count: 300_000) + "\n" + record + "\n"
        try Data(text.utf8).write(to: scratch.journal)
        var reader = JournalReader(url: scratch.journal)
        reader.maxLineBytes = 4_096
        let entries = try reader.entries()
        #expect(entries.count == 3)
        #expect(entries.compactMap(\.record).count == 2)
        guard entries.count == 3, case .corrupt(let location, let reason) = entries[1] else {
            Issue.record("the long line is not a corrupt entry: \(entries)")
            return
        }
        #expect(location.line == 2 && location.file == scratch.journal.path(percentEncoded: false))
        #expect(reason == "line longer than 4096 bytes (the readers' limit; raise it with --max-line-bytes)")
        #expect(try JournalReader(url: scratch.journal).records().count == 3 - 1)
    }

    @Test func aDeviceThatNeverEndsAStopsTheReadingWithTheReason() throws {
        var reader = JournalReader(url: URL(filePath: "/dev/zero"))
        reader.maxLineBytes = 1_024
        let entries = try reader.entries()
        #expect(entries.count == 1)
        if case .corrupt(let location, let reason) = entries.first {
            #expect(location.line == 1)
            #expect(reason.hasSuffix("no newline in the next 16384 bytes, so the rest of the file was not read"))
        } else {
            Issue.record("expected one corrupt entry, got \(entries)")
        }
    }
}
