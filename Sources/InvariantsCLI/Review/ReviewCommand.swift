import Foundation
import Invariants

/// `invariants review list|show|verdict|stats --queue DIR`: work through a review queue in the terminal.
enum ReviewCommand: Subcommand {
    static let name = "review"
    static let summary = "Work through a review queue: list, show, verdict, stats."
    static var usage: String {
        let actions = ReviewAction.allCases.map {
            "  " + $0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + $0.summary
        }
        return """
            USAGE: invariants review <action> --queue <dir> [options]

            Calls routed to review (passing or failing) wait in a queue directory until someone judges
            their output. See 'invariants review <action> --help'.

            ACTIONS:
            \(actions.joined(separator: "\n"))

            OPTIONS:
              --queue <dir>  The review queue's directory, such as ./invariants-demo/review.
              -h, --help     Show this help.
            """
    }

    static let options: Set<String> = ["--queue", "--reviewer", "--label", "--comment"]
    static let flags: Set<String> = ["--all", "--json"]

    static func help(for arguments: ParsedArguments) -> String {
        (try? ReviewAction(arguments))??.usage ?? usage
    }

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        guard let action = try ReviewAction(arguments) else {
            throw UsageError(
                "missing action; expected one of list, show, verdict, stats (see 'invariants review --help')")
        }
        try validate(arguments, for: action)
        guard let path = arguments.value("--queue") else { throw UsageError("missing --queue <dir>") }
        let queue = DirectoryReviewQueue(at: URL(fileURLWithPath: path))
        let contents: ReviewQueueContents
        do { contents = try queue.contents() } catch { throw UsageError("\(error)") }
        for problem in contents.problems { fail("\(problem) (skipped)") }
        let view = ReviewView(queue: queue, contents: contents)
        switch action {
        case .list:
            say(try view.list(all: arguments.has("--all"), json: arguments.has("--json")))
        case .show:
            say(
                try view.show(
                    try item(arguments.positionals[1], in: contents, queue: path), json: arguments.has("--json")))
        case .verdict:
            let item = try item(arguments.positionals[1], in: contents, queue: path)
            let verdict = try verdict(on: item, arguments)
            do { try queue.record(verdict) } catch { throw UsageError("\(error)") }
            say(view.recorded(verdict, on: item))
        case .stats:
            say(try view.stats(json: arguments.has("--json")))
        }
        return ExitCode.ok
    }

    /// Refuses options the action does not take and a wrong number of positional arguments.
    private static func validate(_ arguments: ParsedArguments, for action: ReviewAction) throws(UsageError) {
        let given = Set(arguments.options.keys).union(arguments.flags).subtracting(["--queue"])
        if let stray = given.subtracting(action.accepted).sorted().first {
            throw UsageError(
                "'\(stray)' is not an option of 'review \(action.rawValue)'; see 'invariants review \(action.rawValue) --help'"
            )
        }
        let extra = arguments.positionals.dropFirst()
        if extra.count < action.positionalCount { throw UsageError("missing <item-id> for '\(action.rawValue)'") }
        if extra.count > action.positionalCount {
            throw UsageError("unexpected argument '\(extra[extra.startIndex + action.positionalCount])'")
        }
    }

    private static func item(
        _ id: String, in contents: ReviewQueueContents, queue: String
    ) throws(UsageError) -> ReviewItem {
        let found: ReviewItem?
        do { found = try contents.item(matching: id) } catch { throw UsageError("\(error)") }
        guard let found else { throw UsageError("no item '\(id)' in \(queue)") }
        return found
    }

    private static func verdict(on item: ReviewItem, _ arguments: ParsedArguments) throws(UsageError) -> ReviewVerdict {
        guard let reviewer = arguments.value("--reviewer"), !reviewer.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            throw UsageError("missing --reviewer <name>")
        }
        guard let text = arguments.value("--label") else {
            throw UsageError("missing --label correct|incorrect|unsure")
        }
        guard let label = ReviewVerdict.Label(rawValue: text) else {
            throw UsageError("--label expects correct, incorrect or unsure, got '\(text)'")
        }
        return ReviewVerdict(itemID: item.id, reviewer: reviewer, label: label, comment: arguments.value("--comment"))
    }
}
