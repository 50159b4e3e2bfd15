import Foundation
import Invariants
import InvariantsPostgres

/// `fleet export --to FILE [--queue NAME] [--rule ID…]`: `invariants export --queue` against the shared
/// store: the items reviewers judged incorrect, as regression cases.
enum FleetExportCommand: Subcommand {
    static let name = "export"
    static let summary = "Write the items reviewers judged incorrect as a JSON Lines fixture for replay in tests."
    static let usage = """
        USAGE: fleet export --to <file> [--queue <name>] [--rule <id>...]

        Writes the review items reviewers judged incorrect (a violation confirmed as a bug, or a passing
        call the rules missed: a case without a rule id) as one RegressionCase per line, for
        XCTAssertInvariants(rules, of: f, replaying: url) or expectInvariants(rules, of: f, replaying: url).
        Exits 0 when cases were written, 2 on usage or input errors, including when no item matches.

        OPTIONS:
          --to <file>      The fixture to write (replaced if it exists).
          --queue <name>   The queue's name in the store (default: review).
          --rule <id>      Only these rules: a full id (pricing.quote/tax-non-negative) or a rule id; repeatable.
          -h, --help       Show this help.
        """

    static let options: Set<String> = ["--rule", "--to", "--queue"]
    static let flags: Set<String> = []

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else {
            throw UsageError("the store is the input: do not name journals (unexpected '\(arguments.positionals[0])')")
        }
        guard let destination = arguments.value("--to") else {
            throw UsageError("missing --to <file>: name the fixture to write")
        }
        let rules = arguments.values("--rule")
        let name = arguments.value("--queue") ?? "review"
        let (contents, location) = try await FleetStore.with(queue: name) { queue in
            (try await queue.load(), queue.location + "/" + name)
        }
        for problem in contents.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
        let cases = contents.regressionCases.filter { ReportFilter.named($0.invariantID, by: rules) }
        guard !cases.isEmpty else {
            throw UsageError("no item of \(location) was judged incorrect" + (rules.isEmpty ? "" : " for those rules"))
        }
        do {
            try RegressionExport.fixture(of: cases).write(to: URL(fileURLWithPath: destination), options: .atomic)
        } catch {
            throw UsageError("cannot write \(destination): \(error.localizedDescription)")
        }
        say("Wrote \(cases.count) reviewed case\(cases.count == 1 ? "" : "s") to \(destination)")
        return ExitCode.ok
    }
}
