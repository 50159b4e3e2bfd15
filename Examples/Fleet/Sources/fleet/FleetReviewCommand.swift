import Foundation
import Invariants
import InvariantsPostgres

/// `fleet review list|show|verdict|stats|next [--queue NAME]`: `invariants review` against the shared
/// store, with the same flags, output and exit codes, plus `next`, which claims an item for one reviewer.
enum FleetReviewCommand: Subcommand {
    static let name = "review"
    static let summary = "Work through the shared review queue: list, show, verdict, stats, next."
    static var usage: String {
        let actions = ReviewAction.allCases.map {
            "  " + $0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + $0.summary
        }
        return """
            USAGE: fleet review <action> [--queue <name>] [options]

            Calls routed to review by the fleet's instances wait in PostgreSQL until someone judges their
            output. See 'fleet review <action> --help'.

            ACTIONS:
            \(actions.joined(separator: "\n"))
              next     Claim the oldest pending item nobody holds and show it (--reviewer <name>).

            OPTIONS:
              --queue <name>  The queue's name in the store (default: review).
              -h, --help      Show this help.
            """
    }

    static let nextUsage = """
        USAGE: fleet review next --reviewer <name> [--queue <name>] [--lease <seconds>] [--json]

        Claims the oldest pending item that no other reviewer holds and that you have not judged, for
        <seconds> (default 300) or until you record a verdict, and shows it. Two reviewers never get the
        same item at once. Prints nothing and exits 1 when no item is left.
        """

    static let options: Set<String> = ["--queue", "--reviewer", "--label", "--comment", "--lease"]
    static let flags: Set<String> = ["--all", "--json"]

    static func help(for arguments: ParsedArguments) -> String {
        if arguments.positionals.first == "next" { return nextUsage }
        guard let action = (try? ReviewAction(arguments)) ?? nil else { return usage }
        return action.usage.replacingOccurrences(of: "invariants review", with: "fleet review")
            .replacingOccurrences(
                of: "--queue <dir>  The review queue's directory.", with: "--queue <name> The queue's name."
            )
            .replacingOccurrences(of: "--queue <dir>", with: "[--queue <name>]")
    }

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        if arguments.positionals.first == "next" { return try await next(arguments) }
        guard let action = try ReviewAction(arguments) else {
            throw UsageError(
                "missing action; expected one of list, show, verdict, stats, next (see 'fleet review --help')")
        }
        try validate(arguments, for: action)
        let output = try await FleetStore.with(queue: arguments.value("--queue") ?? "review") { queue in
            let contents = try await queue.load()
            for problem in contents.problems { fail("\(problem) (skipped)") }
            let view = ReviewView(queue: FleetStore.displayQueue(queue), contents: contents)
            switch action {
            case .list: return try view.list(all: arguments.has("--all"), json: arguments.has("--json"))
            case .show:
                return try view.show(
                    try item(arguments.positionals[1], in: contents, queue: queue), json: arguments.has("--json"))
            case .verdict:
                let item = try item(arguments.positionals[1], in: contents, queue: queue)
                let verdict = try verdict(on: item, arguments)
                try await queue.save(verdict)
                return view.recorded(verdict, on: item)
            case .stats: return try view.stats(json: arguments.has("--json"))
            }
        }
        say(output)
        return ExitCode.ok
    }

    /// `next`: claims one item for the reviewer and shows it.
    private static func next(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        let given = Set(arguments.options.keys).union(arguments.flags)
        if let stray = given.subtracting(["--queue", "--reviewer", "--lease", "--json"]).sorted().first {
            throw UsageError("'\(stray)' is not an option of 'review next'; see 'fleet review next --help'")
        }
        if arguments.positionals.count > 1 { throw UsageError("unexpected argument '\(arguments.positionals[1])'") }
        guard let reviewer = arguments.value("--reviewer"), !reviewer.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            throw UsageError("missing --reviewer <name>")
        }
        let lease = try arguments.integer("--lease", in: 1...86_400) ?? 300
        let output = try await FleetStore.with(queue: arguments.value("--queue") ?? "review") { queue in
            guard let item = try await queue.claimNext(reviewer: reviewer, lease: .seconds(lease)) else {
                return String?.none
            }
            let view = ReviewView(queue: FleetStore.displayQueue(queue), contents: ReviewQueueContents(items: [item]))
            return try view.show(item, json: arguments.has("--json"))
        }
        guard let output else { return ExitCode.findings }
        say(output)
        return ExitCode.ok
    }

    /// Refuses options the action does not take and a wrong number of positional arguments.
    private static func validate(_ arguments: ParsedArguments, for action: ReviewAction) throws(UsageError) {
        let given = Set(arguments.options.keys).union(arguments.flags).subtracting(["--queue"])
        if let stray = given.subtracting(action.accepted).sorted().first {
            throw UsageError(
                "'\(stray)' is not an option of 'review \(action.rawValue)'; see 'fleet review \(action.rawValue) --help'"
            )
        }
        let extra = arguments.positionals.dropFirst()
        if extra.count < action.positionalCount { throw UsageError("missing <item-id> for '\(action.rawValue)'") }
        if extra.count > action.positionalCount {
            throw UsageError("unexpected argument '\(extra[extra.startIndex + action.positionalCount])'")
        }
    }

    private static func item(
        _ id: String, in contents: ReviewQueueContents, queue: PostgresReviewQueue
    ) throws(UsageError) -> ReviewItem {
        let found: ReviewItem?
        do { found = try contents.item(matching: id) } catch { throw UsageError("\(error)") }
        guard let found else { throw UsageError("no item '\(id)' in \(queue.location)/\(queue.name)") }
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
