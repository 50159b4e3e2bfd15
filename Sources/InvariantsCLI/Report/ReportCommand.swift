import Foundation
import Invariants

/// `invariants report JOURNAL…`: violations by rule, origin, fingerprint and over time, as text, JSON or HTML.
enum ReportCommand: Subcommand {
    static let name = "report"
    static let summary = "Summarise journals: violations by rule, origin, fingerprint and over time."
    static let usage = """
        USAGE: invariants report <journal>... [--since <when>] [--rule <id>]... [--origin <text>] [--json | --html <file>]
               [--max-line-bytes <n>]

        Reads journal files (a journal's active file brings its rotated files, violations.N.jsonl, oldest
        first; a directory means the journal violations.jsonl in it) and reports the violations by rule
        (count, adjusted count = Σ 1/samplingRate, severity, first and last seen), by origin, by fingerprint
        (call site and an example event) and over time, with example inputs. A line that is not a record is
        reported on standard error as FILE:LINE: reason and skipped. Exits 0 when the report is produced,
        whatever it contains; 2 on usage or input errors.

        OPTIONS:
          --since <when>   Only records at or after an RFC 3339 timestamp (2026-11-23T14:00:00Z) or a
                           duration before now (90s, 15m, 2h, 7d).
          --rule <id>      Only this rule: a full id (pricing.quote/tax-non-negative) or a rule id; repeatable.
          --origin <text>  Only code whose origin mentions <text> (model, commit, prompt hash or version, author).
          --json           Print JSON instead of text.
          --html <file>    Write one self-contained HTML page (inline CSS and SVG, no script, no network).
        \(ParsedArguments.maxLineBytesHelp)
          -h, --help       Show this help.

        JSON KEYS (stable): files, filter {since, sinceTimestamp, rules, origin}, count, adjustedCount,
          filteredOut, skippedLines, firstSeen, lastSeen,
          rules [{id, setID, ruleID, severity, count, adjustedCount, firstSeen, lastSeen, fingerprints,
                  examples [{eventID, message, input}]}],
          origins [{origin, description, count, adjustedCount, firstSeen, lastSeen, rules}],
          fingerprints [{fingerprint, invariantID, severity, callSite {fileID, function, line}, count,
                         adjustedCount, firstSeen, lastSeen, exampleEventID}],
          timeline {bucketSeconds, buckets [{start, count, adjustedCount}]}.
          Times are RFC 3339 UTC with milliseconds; lists are ordered most violations first.
        """

    static let options: Set<String> = ["--since", "--rule", "--origin", "--html", ParsedArguments.maxLineBytesOption]
    static let flags: Set<String> = ["--json"]

    /// At most this many corrupt lines are printed one by one; the rest are counted.
    static let corruptLinesShown = 50

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        if arguments.has("--json") && arguments.value("--html") != nil {
            throw UsageError("--json and --html cannot be combined")
        }
        // The page's path is checked before any journal is read.
        let page = try arguments.value("--html").map { path throws(UsageError) in try OutputFile(path) }
        var files = try JournalFiles(arguments.positionals)
        files.maxLineBytes = try arguments.maxLineBytes()
        let filter = try ReportFilter(
            since: arguments.value("--since"), rules: arguments.values("--rule"), origin: arguments.value("--origin"),
            now: Date())
        let report = try build(files: files, filter: filter)
        if let page {
            try page.write(Data(report.html().utf8))
            say("Wrote \(page.path): \(report.header())")
        } else if arguments.has("--json") {
            do {
                StandardOutput.write(try report.json() + Data("\n".utf8))
            } catch {
                throw UsageError("cannot encode the report: \(error)")
            }
        } else {
            say(report.text())
        }
        return ExitCode.ok
    }

    /// Aggregates the files, printing the first corrupt lines to standard error as `FILE:LINE: reason`.
    static func build(files: JournalFiles, filter: ReportFilter) throws(UsageError) -> JournalReport {
        let report: JournalReport
        do {
            report = try JournalReport(files: files, filter: filter, corruptLinesKept: corruptLinesShown) {
                location, reason in
                FileHandle.standardError.write(
                    Data("\(location.file):\(location.line): \(DisplayText.oneLine(reason))\n".utf8))
            }
        } catch {
            throw UsageError("\(error)")
        }
        if report.skippedLines > corruptLinesShown {
            fail(
                "\(report.skippedLines - corruptLinesShown) more corrupt lines not shown (\(report.skippedLines) in all)"
            )
        }
        return report
    }
}
