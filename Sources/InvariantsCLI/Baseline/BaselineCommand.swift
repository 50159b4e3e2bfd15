import Foundation
import Invariants

/// `invariants baseline diff OLD NEW`: how two recordings of a baseline differ.
enum BaselineCommand: Subcommand {
    static let name = "baseline"
    static let summary = "Compare two baseline files: pairs changed, added and removed, and which fields."
    static let usage = """
        USAGE: invariants baseline diff <old> <new> [--json] [--tolerance <x>] [--examples <n>]

        Compares two baseline files written by Baseline.record (JSON Lines with a content hash),
        pairing their pairs by input: how many pairs changed, were added or removed, which fields
        changed in how many pairs, and a few changed pairs with a -/+ line per field.

        OPTIONS:
          --json            Print one JSON object instead of text.
          --tolerance <x>   Numbers within x count as equal: 0.01 (absolute) or 0.1% (relative).
          --examples <n>    How many changed pairs to show (0...1000, default 3).
          -h, --help        Show this help.

        EXIT STATUS: 0 identical, 1 the baselines differ, 2 usage or input errors (a missing file,
        a corrupt line: named as file:line).
        """

    static let options: Set<String> = ["--tolerance", "--examples"]
    static let flags: Set<String> = ["--json"]

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        guard let action = arguments.positionals.first else { throw UsageError("missing action; expected 'diff'") }
        guard action == "diff" else { throw UsageError("unknown action '\(action)'; expected 'diff'") }
        let files = Array(arguments.positionals.dropFirst())
        guard files.count == 2 else {
            throw UsageError("diff expects two baseline files, OLD and NEW; got \(files.count)")
        }
        let tolerance = try parseTolerance(arguments.value("--tolerance"))
        let examples = try arguments.integer("--examples", in: 0...1000) ?? 3
        let old = try read(files[0])
        let new = try read(files[1])
        let comparison = new.compared(to: old, tolerance: tolerance)
        if arguments.has("--json") {
            say(json(comparison, old: files[0], new: files[1], examples: examples).serialized())
        } else {
            say("\(files[0]) (\(old.pairs.count) pairs) → \(files[1]) (\(new.pairs.count) pairs)")
            if comparison.isIdentical {
                say("identical: \(new.pairs.count) pairs give the same results (numbers compared \(tolerance))")
            } else {
                say(comparison.report(examples: examples))
            }
        }
        return comparison.isIdentical ? ExitCode.ok : ExitCode.findings
    }

    private static func read(_ path: String) throws(UsageError) -> Baseline {
        do {
            return try Baseline(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UsageError(String(describing: error))
        }
    }

    /// `0.01` → absolute, `0.1%` → relative; `nil` → exact.
    static func parseTolerance(_ text: String?) throws(UsageError) -> NumericTolerance {
        guard let text else { return .exact }
        let relative = text.hasSuffix("%")
        guard let number = Double(relative ? String(text.dropLast()) : text), number.isFinite, number >= 0 else {
            throw UsageError(
                "--tolerance expects a number ≥ 0 such as 0.01 (absolute) or 0.1% (relative), got '\(text)'")
        }
        return relative ? .relative(number / 100) : .absolute(number)
    }

    private static func json(_ comparison: BaselineComparison, old: String, new: String, examples: Int) -> JSONValue {
        let changes = comparison.changed.prefix(examples).map { change -> JSONValue in
            let differences = change.differences.map { difference -> JSONValue in
                var members: [String: JSONValue] = ["path": .string(difference.path)]
                if let value = difference.old { members["old"] = value }
                if let value = difference.new { members["new"] = value }
                return .object(members)
            }
            return [
                "index": .number(String(change.new.index)), "input": change.new.input,
                "differences": .array(differences),
            ]
        }
        return [
            "old": .string(old), "new": .string(new), "identical": .bool(comparison.isIdentical),
            "changed": .number(String(comparison.changed.count)), "added": .number(String(comparison.added.count)),
            "removed": .number(String(comparison.removed.count)), "unchanged": .number(String(comparison.unchanged)),
            "tolerance": .string(comparison.tolerance.description),
            "fields": .array(
                comparison.fieldCounts.map { ["field": .string($0.field), "count": .number(String($0.count))] }),
            "examples": .array(changes),
        ]
    }
}
