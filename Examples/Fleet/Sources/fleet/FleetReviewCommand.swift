import Foundation
import Invariants
import InvariantsPostgres

/// `fleet review list|show|verdict|stats|next [--queue NAME]`: `invariants review` against the shared
/// store, with the same flags, output and exit codes, plus `next`, which claims an item for one reviewer.
enum FleetReviewCommand: Subcommand {
    static let name = "review"
    static let summary = "Work through the shared review queue: list, show, verdict, stats, next."
    static var usage: String {
        let actions = ReviewAction.allCases.filter { $0 != .next }.map {
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

    static let options: Set<String> = ReviewCommand.options.union(["--lease"])
    static let flags: Set<String> = ReviewCommand.flags

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
        guard let action = try ReviewAction(arguments) else {
            throw UsageError("missing action; expected one of \(ReviewAction.names) (see 'fleet review --help')")
        }
        // Against the shared store `next` claims the item, so two reviewers never work on the same one.
        if action == .next { return try await next(arguments) }
        try ReviewCommand.validate(arguments, for: action)
        let selection = try ReviewSelection(arguments, now: Date(), reviewerSelects: action != .verdict)
        let output = try await FleetStore.with(queue: arguments.value("--queue") ?? "review") { queue in
            let contents = try await queue.load()
            for problem in contents.problems { fail("\(problem) (skipped)") }
            let path = "\(queue.location)/\(queue.name)"
            let view = ReviewView(queue: FleetStore.displayQueue(queue), contents: contents, path: path)
            switch action {
            case .list:
                let all = arguments.has("--all") || !selection.statuses.isEmpty || !selection.reviewers.isEmpty
                let items = contents.items.filter { (all || $0.status == .pending) && selection.keeps($0) }
                if arguments.has("--group") && !arguments.has("--json") {
                    return view.groups(items, filtered: !selection.isEmpty)
                }
                return try view.list(items, all: all, filtered: !selection.isEmpty, json: arguments.has("--json"))
            case .show:
                let item = try ReviewCommand.item(arguments.positionals[1], in: contents, queue: path)
                return try view.show(item, json: arguments.has("--json"))
            case .verdict where arguments.positionals.count == 2:
                guard selection.isEmpty else {
                    throw UsageError("give an <item-id> or filters, not both (filters judge every item they select)")
                }
                let item = try ReviewCommand.item(arguments.positionals[1], in: contents, queue: path)
                let (verdict, note) = try ReviewCommand.verdict(on: [item], arguments)
                try await queue.save(verdict)
                return view.recorded(verdict, on: item, note: note)
            case .verdict:
                guard !selection.isEmpty else {
                    throw UsageError(
                        "missing <item-id> for 'verdict' (or filters such as --fingerprint to judge a group)")
                }
                let open = selection.statuses.isEmpty
                let items = contents.items.filter { (!open || $0.status == .pending) && selection.keeps($0) }
                guard !items.isEmpty else {
                    throw UsageError("no \(open ? "open " : "")item of \(path) matches the filters; nothing recorded")
                }
                let (verdict, note) = try ReviewCommand.verdict(on: items, arguments)
                if !arguments.has("--dry-run") {
                    for item in items {
                        var copy = verdict
                        copy.itemID = item.id
                        try await queue.save(copy)
                    }
                }
                return view.recorded(verdict, on: items, dryRun: arguments.has("--dry-run"), note: note)
            case .stats:
                return try view.stats(json: arguments.has("--json"))
            case .next:
                return ""  // handled above
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
            let view = ReviewView(
                queue: FleetStore.displayQueue(queue), contents: ReviewQueueContents(items: [item]),
                path: "\(queue.location)/\(queue.name)")
            return try view.show(item, json: arguments.has("--json"))
        }
        guard let output else { return ExitCode.findings }
        say(output)
        return ExitCode.ok
    }
}
