import Foundation
import Invariants

/// `invariants export JOURNAL… --rule ID --to FILE`: the captured inputs of a rule's violations as a JSON Lines
/// fixture of ``RegressionCase``s, which `XCTAssertInvariants(…, replaying:)` and `expectInvariants(…, replaying:)`
/// replay.
enum ExportCommand: Subcommand {
    static let name = "export"
    static let summary = "Write a rule's captured inputs as a JSON Lines fixture for replay in tests."
    static let usage = """
        USAGE: invariants export <journal>... --rule <id>... --to <file> [--since <when>] [--origin <text>]
               [--max-line-bytes <n>]
               invariants export --queue <dir> --to <file> [--rule <id>...]

        Writes the captured input of every violation of the rules as one RegressionCase per line
        ({"id": event id, "invariantID": …, "input": snapshot, "note": …}), identical inputs of a rule once,
        oldest first. Replay the fixture in tests with XCTAssertInvariants(rules, of: f, replaying: url) or
        expectInvariants(rules, of: f, replaying: url). Lines that are not records are reported on standard
        error as FILE:LINE: reason and skipped. Exits 0 when cases were written, 2 on usage or input errors,
        including when no record matches.

        With --queue, writes the review items reviewers judged wrong instead: a violation confirmed as
        a bug, or a passing call the rules missed (a case without a rule id), optionally only for the
        given rules. Each case carries the input, the output judged wrong, the reviewer's correction
        ("correction": expected output or fields) and the reviewer; replay fails while the function still
        returns the wrong output, compares the new output with the correction, and fails a missed bug
        that has neither a rule nor a correction.

        OPTIONS:
          --rule <id>      The rule: a full id (pricing.quote/tax-non-negative) or a rule id; repeatable.
          --to <file>      The fixture to write (replaced if it exists).
          --since <when>   Only records at or after an RFC 3339 timestamp or a duration before now (15m, 2h, 7d).
          --origin <text>  Only code whose origin mentions <text>.
          --queue <dir>    Export the items of this review queue judged wrong, instead of journals.
        \(ParsedArguments.maxLineBytesHelp)
          -h, --help       Show this help.
        """

    static let options: Set<String> = [
        "--rule", "--to", "--since", "--origin", "--queue", ParsedArguments.maxLineBytesOption,
    ]
    static let flags: Set<String> = []

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        let rules = arguments.values("--rule")
        if let queue = arguments.value("--queue") { return try exportReviewed(queue: queue, rules: rules, arguments) }
        guard !rules.isEmpty else { throw UsageError("missing --rule <id>: name the rule whose inputs to export") }
        guard let destination = arguments.value("--to") else {
            throw UsageError("missing --to <file>: name the fixture to write")
        }
        let output = try OutputFile(destination)  // checked before any journal is read
        var files = try JournalFiles(arguments.positionals)
        files.maxLineBytes = try arguments.maxLineBytes()
        let filter = try ReportFilter(
            since: arguments.value("--since"), rules: rules, origin: arguments.value("--origin"), now: Date())

        var export = RegressionExport()
        do {
            try files.reader.forEachSummary { entry, record in
                switch entry {
                case .corrupt(let location, let reason):
                    FileHandle.standardError.write(
                        Data("\(location.file):\(location.line): \(DisplayText.oneLine(reason))\n".utf8))
                case .record(let summary, _):
                    export.seen(summary.invariantID)
                    if filter.keeps(summary) { try export.add(record()) }
                }
            }
        } catch {
            throw UsageError("\(error)")
        }
        guard !export.cases.isEmpty else {
            let known = export.knownRules.sorted().joined(separator: ", ")
            throw UsageError(
                "no record matches --rule \(rules.joined(separator: ", "))"
                    + (filter.sinceText.map { " since \($0)" } ?? "") + "; rules in the journals: "
                    + (known.isEmpty ? "none" : known))
        }
        try output.write(try encoded { try export.fixture() })
        say(
            "Wrote \(export.cases.count) case\(export.cases.count == 1 ? "" : "s") to \(destination) "
                + "(\(export.matched) matching record\(export.matched == 1 ? "" : "s"), "
                + "\(export.matched - export.cases.count) duplicate input\(export.matched - export.cases.count == 1 ? "" : "s") skipped)"
        )
        return ExitCode.ok
    }

    /// `--queue`: the items reviewers judged wrong (`incorrect`), as regression cases with their corrections.
    private static func exportReviewed(
        queue: String, rules: [String], _ arguments: ParsedArguments
    ) throws(UsageError)
        -> Int32
    {
        guard arguments.positionals.isEmpty else {
            throw UsageError("--queue exports a review queue: do not name journals as well")
        }
        guard let destination = arguments.value("--to") else {
            throw UsageError("missing --to <file>: name the fixture to write")
        }
        let output = try OutputFile(destination)  // checked before the queue is read
        let contents: ReviewQueueContents
        do {
            contents = try DirectoryReviewQueue(at: URL(fileURLWithPath: queue)).contents()
        } catch {
            throw UsageError("\(error)")
        }
        for problem in contents.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
        let cases = contents.regressionCases.filter { ReportFilter.named($0.invariantID, by: rules) }
        guard !cases.isEmpty else {
            throw UsageError(
                "no item of \(queue) was judged wrong (confirmed or missed)" + (rules.isEmpty ? "" : " for those rules")
            )
        }
        try output.write(try encoded { try RegressionExport.fixture(of: cases) })
        say("Wrote \(cases.count) reviewed case\(cases.count == 1 ? "" : "s") to \(destination)")
        return ExitCode.ok
    }

    /// The fixture's bytes, or a usage error saying why they could not be encoded.
    private static func encoded(_ fixture: () throws -> Data) throws(UsageError) -> Data {
        do {
            return try fixture()
        } catch {
            throw UsageError("cannot encode the fixture: \(error)")
        }
    }
}
