import Foundation
import Invariants
import Testing

struct TailCommandTests {
    private static func line(_ record: ViolationRecord) throws -> String { try record.jsonLine() + "\n" }

    @Test func printsEachAppendedViolationAsOneLineAndEndsOnSIGTERM() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--interval", "20")
        // Written before tail reached the end: not printed without --from-start. Appended after: printed.
        #expect(tail.wait { tail.hasRead(toEndOf: journal.path) })
        try journal.append([TestJournal.record("tax-non-negative", id: 2, message: "tax was -0.02\nforged line")])
        #expect(tail.wait { tail.lines.count == 1 })
        #expect(
            tail.lines == [
                ConsoleSink.oneLine(
                    for: TestJournal.record("tax-non-negative", id: 2, message: "tax was -0.02\nforged line"))
            ])
        #expect(tail.lines.first?.contains("tax was -0.02\\nforged line") == true)
        #expect(tail.terminate() == 0)
        #expect(tail.standardError.isEmpty)
    }

    /// The first half of a record is written, then (after tail has polled several times) the rest: the record is
    /// printed once, whole, and nothing is reported corrupt.
    @Test func holdsAPartialLastLineUntilItIsComplete() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--from-start", "--interval", "10")
        #expect(tail.wait { tail.lines.count == 1 })
        let text = try Self.line(TestJournal.record("tax-non-negative", id: 2))
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        try journal.appendText(String(text[..<middle]))
        usleep(200_000)  // ≥ 10 polls see the partial line; if fewer did, the test only checks less, never wrongly
        #expect(tail.lines.count == 1)
        try journal.appendText(String(text[middle...]))
        #expect(tail.wait { tail.lines.count == 2 })
        #expect(tail.lines.last?.contains("event " + String(repeating: "0", count: 31) + "2") == true)
        #expect(tail.standardError.isEmpty)
        #expect(tail.terminate() == 0)
    }

    @Test func followsRotationAndTruncation() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.directory.path, "--interval", "20")
        #expect(tail.wait { tail.hasRead(toEndOf: journal.path) })
        try journal.append([TestJournal.record("tax-non-negative", id: 2)])
        #expect(tail.wait { tail.lines.count == 1 })

        // Rotation: the file moves to violations.1.jsonl and a new file takes its path.
        try FileManager.default.moveItem(at: journal.url, to: journal.file("violations.1.jsonl"))
        try journal.append([TestJournal.record("tax-non-negative", id: 3)])
        #expect(tail.wait { tail.lines.count == 2 })
        #expect(tail.lines.last?.contains("event " + String(repeating: "0", count: 31) + "3") == true)

        // Truncation: the file is cut to nothing and written again.
        try Data().write(to: journal.url)
        try journal.appendText(try Self.line(TestJournal.record("tax-non-negative", id: 4)))
        #expect(tail.wait { tail.lines.count == 3 })
        #expect(tail.lines.last?.contains("event " + String(repeating: "0", count: 31) + "4") == true)
        #expect(tail.standardError.isEmpty)
        #expect(tail.terminate() == 0)
    }

    @Test func aCorruptLineIsReportedWithFileAndLineAndTheNextStillPrinted() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--from-start", "--interval", "20")
        try journal.appendText("not json\n")
        try journal.append([TestJournal.record("tax-non-negative", id: 3)])
        #expect(tail.wait { tail.lines.count == 2 })
        #expect(tail.wait { !tail.standardError.isEmpty })
        #expect(tail.standardError == "\(journal.path):2: not valid JSON at column 1: expected a JSON value\n")
        #expect(tail.terminate() == 0)
    }

    @Test func badInputGetsOneClearLineAndExitCode2() throws {
        let missing = try CLIRunner.run("tail", "/nonexistent/violations.jsonl")
        #expect(missing.status == 2)
        #expect(missing.standardError == "invariants tail: no such journal file: /nonexistent/violations.jsonl\n")
        let two = try CLIRunner.run("tail", "a", "b")
        #expect(two.status == 2)
        #expect(two.standardError == "invariants tail: tail follows one journal\n")
        let badInterval = try CLIRunner.run("tail", "/tmp", "--interval", "0")
        #expect(badInterval.status == 2)
        #expect(badInterval.standardError == "invariants tail: --interval expects a whole number from 10 to 10000\n")
    }
}
