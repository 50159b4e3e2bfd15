import Foundation
import Invariants
import Testing

/// What the CLI writes cannot lie or fail quietly: file-writing errors name the path and the reason before
/// any journal is read, lines are bounded, and captured bidi and control characters are shown escaped.
struct OutputSafetyTests {
    @Test func anUnwritableHTMLPathIsOneLineNamingThePathAndReasonBeforeReading() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let directory = journal.directory.path
        let intoDirectory = try CLIRunner.run("report", journal.path, "--html", directory)
        #expect(intoDirectory.status == 2)
        #expect(
            intoDirectory.standardError
                == "invariants report: cannot write \(directory): it is a directory; name a file in it\n")
        let missing = try CLIRunner.run("report", journal.path, "--html", "/nonexistent-i12/report.html")
        #expect(missing.status == 2)
        #expect(
            missing.standardError
                == "invariants report: cannot write /nonexistent-i12/report.html: no such directory /nonexistent-i12\n")
        // Checked before reading: /dev/zero would otherwise be read (and reported) first.
        let beforeReading = try CLIRunner.run("report", "/dev/zero", "--html", directory)
        #expect(beforeReading.status == 2)
        #expect(beforeReading.standardError.split(separator: "\n").count == 1)
        #expect(beforeReading.standardError.contains("cannot write \(directory): it is a directory"))
    }

    @Test func anUnwritableExportPathIsOneLineNamingThePathAndReason() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let directory = journal.directory.path
        let result = try CLIRunner.run("export", "/dev/zero", "--rule", "tax-non-negative", "--to", directory)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "invariants export: cannot write \(directory): it is a directory; name a file in it\n")
        let written = try CLIRunner.run(
            "export", journal.path, "--rule", "tax-non-negative", "--to", journal.file("cases.jsonl").path)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try String(contentsOf: journal.file("cases.jsonl"), encoding: .utf8).contains("tax-non-negative"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    /// `/dev/zero` is one endless line: the report stops after the limit and 16 times more without a
    /// newline, says so with the file and line, and ends (memory stays at the limit; the process-level check
    /// with the 8 MiB default is Benchmarks/Scripts/report-dev-zero.sh).
    @Test func reportOnDevZeroEndsWithAClearError() throws {
        let result = try CLIRunner.run("report", "/dev/zero", "--max-line-bytes", "65536")
        #expect(result.status == 0)
        #expect(
            result.standardError
                == "/dev/zero:1: line longer than 65536 bytes (the readers' limit; raise it with --max-line-bytes); "
                + "no newline in the next 1048576 bytes, so the rest of the file was not read\n")
        #expect(result.standardOutput.contains("0 violations"))
    }

    @Test func aLongLineIsACorruptLineAndTheNextIsStillRead() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        try journal.appendText(String(repeating: "y", count: 200_000) + "\n")
        try journal.append([TestJournal.record("tax-non-negative", id: 3)])
        let result = try CLIRunner.run("report", journal.path, "--max-line-bytes", "4096")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("2 violations"))
        #expect(result.standardError.hasPrefix("\(journal.path):2: line longer than 4096 bytes"))
    }

    @Test func bidiAndZeroWidthCharactersAreShownEscapedInTextAndHTMLReports() throws {
        let journal = try TestJournal()
        try journal.append([
            TestJournal.record(
                "tax-non-negative", id: 1, input: ["note": "pay\u{202E}lexe.txt\u{200B}"],
                message: "tax was \u{2066}-0.01\u{2069}")
        ])
        let text = try CLIRunner.run("report", journal.path)
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("tax was \\u{2066}-0.01\\u{2069}"))
        #expect(text.standardOutput.contains("pay\\u{202E}lexe.txt\\u{200B}"))
        let page = journal.file("report.html")
        #expect(try CLIRunner.run("report", journal.path, "--html", page.path).status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("pay\\u{202E}lexe.txt\\u{200B}"))
        for scalar in ["\u{202E}", "\u{200B}", "\u{2066}", "\u{2069}"] {
            #expect(!text.standardOutput.contains(scalar) && !html.contains(scalar))
        }
    }
}
