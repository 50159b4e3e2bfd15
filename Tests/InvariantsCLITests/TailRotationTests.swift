import Foundation
import Invariants
import Testing

/// `tail` when the journal rotates several times between two of its looks (tail is suspended while a
/// `JournalSink` writes through 100 KB files): it prints every record once, in order, reading the rotated
/// files it had not seen; when the rotation's file cap removed files first, it says so. The rate it keeps
/// up with (5,000 records/s into 100 KB files) is measured by Benchmarks/readers.sh, not timed here.
struct TailRotationTests {
    /// Writes records `ids` through a journal sink rotating at 100 KB.
    private func write(_ ids: Range<Int>, to journal: TestJournal, maxFiles: Int) throws {
        let sink = JournalSink(at: journal.url, rotation: JournalRotation(maxBytes: 100_000, maxFiles: maxFiles))
        try sink.open()
        for first in stride(from: ids.lowerBound, to: ids.upperBound, by: 50) {
            try sink.record(
                (first..<min(first + 50, ids.upperBound)).map { TestJournal.record("tax-non-negative", id: $0) })
        }
        try sink.close()
    }

    private func eventID(_ id: Int) -> String {
        let hex = String(id, radix: 16)
        return String(repeating: "0", count: 32 - hex.count) + hex
    }

    private func events(_ tail: RunningCommand) -> [String] {
        tail.lines.compactMap { line in line.range(of: "event ").map { String(line[$0.upperBound...].prefix(32)) } }
    }

    @Test func readsEveryFileRotatedBetweenTwoLooks() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--interval", "20")
        #expect(tail.wait { tail.hasRead(toEndOf: journal.path) })
        tail.suspend()
        try write(2..<2_002, to: journal, maxFiles: 20)
        let files = try FileManager.default.contentsOfDirectory(atPath: journal.directory.path)
        #expect(files.count >= 8)  // rotated at least 7 times while tail was stopped
        tail.resume()
        #expect(tail.wait(upTo: 60) { tail.lines.count >= 2_000 })
        #expect(events(tail) == (2..<2_002).map(eventID))
        #expect(tail.standardError.isEmpty, "\(tail.standardError)")
        #expect(tail.terminate() == 0)
    }

    @Test func saysSoWhenTheFileCapRemovedFilesBeforeTheyWereRead() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--interval", "20")
        #expect(tail.wait { tail.hasRead(toEndOf: journal.path) })
        tail.suspend()
        try write(2..<2_002, to: journal, maxFiles: 2)
        tail.resume()
        #expect(tail.wait { tail.standardError.contains("rotated past its file cap") })
        #expect(
            tail.standardError
                == "invariants tail: \(journal.path): the journal rotated past its file cap before tail read the files "
                + "after the one it followed; lines may be missing (keep more rotated files, or lower --interval)\n")
        // What the kept files hold is still printed, in order, ending with the last record.
        #expect(tail.wait { events(tail).last == eventID(2_001) })
        let printed = events(tail)
        #expect(printed == printed.sorted() && printed.count < 2_000)
        #expect(tail.terminate() == 0)
    }

    @Test func aLineLongerThanTheLimitIsReportedAndSkipped() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--from-start", "--max-line-bytes", "4096")
        #expect(tail.wait { tail.lines.count == 1 })
        try journal.appendText(String(repeating: "x", count: 100_000) + "\n")
        try journal.append([TestJournal.record("tax-non-negative", id: 3)])
        #expect(tail.wait { tail.lines.count == 2 })
        #expect(tail.wait { !tail.standardError.isEmpty })
        #expect(
            tail.standardError
                == "\(journal.path):2: line longer than 4096 bytes (raise the limit with --max-line-bytes); skipped\n")
        #expect(tail.terminate() == 0)
    }
}
