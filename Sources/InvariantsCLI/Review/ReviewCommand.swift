import Foundation
import Invariants

/// `invariants review list|show|next|verdict|stats --queue DIR`: work through a review queue in the terminal.
enum ReviewCommand: Subcommand {
    static let name = "review"
    static let summary = "Work through a review queue: list, show, next, verdict, stats."
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

    static let options: Set<String> = Set(ReviewSelection.options).union([
        "--queue", "--reviewer", "--label", "--comment", "--expect", "--expected",
    ])
    static let flags: Set<String> = ["--all", "--json", "--group", "--dry-run"]

    static func help(for arguments: ParsedArguments) -> String {
        (try? ReviewAction(arguments))??.usage ?? usage
    }

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        guard let action = try ReviewAction(arguments) else {
            throw UsageError(
                "missing action; expected one of \(ReviewAction.names) (see 'invariants review --help')")
        }
        try validate(arguments, for: action)
        guard let path = arguments.value("--queue") else { throw UsageError("missing --queue <dir>") }
        let queue = DirectoryReviewQueue(at: URL(fileURLWithPath: path))
        let contents: ReviewQueueContents
        do { contents = try queue.contents() } catch { throw UsageError("\(error)") }
        for problem in contents.problems { fail("\(problem) (skipped)") }
        let view = ReviewView(queue: queue, contents: contents, path: path)
        let selection = try ReviewSelection(arguments, now: Date(), reviewerSelects: action != .verdict)
        switch action {
        case .list:
            let all = arguments.has("--all") || !selection.statuses.isEmpty || !selection.reviewers.isEmpty
            let items = contents.items.filter { (all || $0.status == .pending) && selection.keeps($0) }
            if arguments.has("--group") && !arguments.has("--json") {
                say(view.groups(items, filtered: !selection.isEmpty))
            } else {
                say(try view.list(items, all: all, filtered: !selection.isEmpty, json: arguments.has("--json")))
            }
        case .show:
            say(
                try view.show(
                    try item(arguments.positionals[1], in: contents, queue: path), json: arguments.has("--json")))
        case .next:
            guard let next = contents.pending.first(where: selection.keeps) else {
                say("Nothing pending in \(path)\(selection.isEmpty ? "" : " that the filters select").")
                return ExitCode.ok
            }
            say(try view.show(next, json: arguments.has("--json")))
        case .verdict where arguments.positionals.count == 2:
            let item = try item(arguments.positionals[1], in: contents, queue: path)
            guard selection.isEmpty else {
                throw UsageError("give an <item-id> or filters, not both (filters judge every item they select)")
            }
            let (verdict, note) = try verdict(on: [item], arguments)
            do { try queue.record(verdict) } catch { throw UsageError("\(error)") }
            say(view.recorded(verdict, on: item, note: note))
        case .verdict:
            try bulkVerdict(arguments, selection: selection, queue: queue, view: view)
        case .stats:
            say(try view.stats(json: arguments.has("--json")))
        }
        return ExitCode.ok
    }

    /// A verdict on every item the filters select (open ones unless `--status` says otherwise).
    private static func bulkVerdict(
        _ arguments: ParsedArguments, selection: ReviewSelection, queue: DirectoryReviewQueue, view: ReviewView
    ) throws(UsageError) {
        guard !selection.isEmpty else {
            throw UsageError(
                "missing <item-id> for 'verdict' (or filters such as --fingerprint to judge a group)")
        }
        let open = selection.statuses.isEmpty
        let items = view.contents.items.filter { (!open || $0.status == .pending) && selection.keeps($0) }
        guard !items.isEmpty else {
            throw UsageError("no \(open ? "open " : "")item of \(view.path) matches the filters; nothing recorded")
        }
        let (verdict, note) = try verdict(on: items, arguments)
        if !arguments.has("--dry-run") {
            do {
                try queue.record(
                    items.map { item in
                        var copy = verdict
                        copy.itemID = item.id
                        return copy
                    })
            } catch { throw UsageError("\(error)") }
        }
        say(view.recorded(verdict, on: items, dryRun: arguments.has("--dry-run"), note: note))
    }

    /// Refuses options the action does not take and a wrong number of positional arguments.
    static func validate(_ arguments: ParsedArguments, for action: ReviewAction) throws(UsageError) {
        let given = Set(arguments.options.keys).union(arguments.flags).subtracting(["--queue"])
        if let stray = given.subtracting(action.accepted).sorted().first {
            throw UsageError(
                "'\(stray)' is not an option of 'review \(action.rawValue)'; see 'invariants review \(action.rawValue) --help'"
            )
        }
        let extra = arguments.positionals.dropFirst()
        let counts = action.positionalCounts
        if extra.count < counts.lowerBound { throw UsageError("missing <item-id> for '\(action.rawValue)'") }
        if extra.count > counts.upperBound {
            throw UsageError("unexpected argument '\(extra[extra.startIndex + counts.upperBound])'")
        }
    }

    static func item(
        _ id: String, in contents: ReviewQueueContents, queue: String
    ) throws(UsageError) -> ReviewItem {
        let found: ReviewItem?
        do {
            found = try contents.item(matching: id)
        } catch {
            throw UsageError(ReviewView.ambiguous(id, matches: contents.items(matching: id)))
        }
        guard let found else { throw UsageError("no item '\(id)' in \(queue)") }
        return found
    }

    /// The verdict the options give, for items that all passed or all failed their rules, with a note when
    /// an old word was used.
    static func verdict(
        on items: [ReviewItem], _ arguments: ParsedArguments
    ) throws(UsageError) -> (ReviewVerdict, note: String?) {
        guard let reviewer = arguments.value("--reviewer"), !reviewer.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            throw UsageError("missing --reviewer <name>")
        }
        let passed = items[0].outcome.hasPassed
        let words = ReviewVerdict.Label.words(onPassingCall: passed).joined(separator: "|")
        guard let text = arguments.value("--label") else { throw UsageError("missing --label \(words)") }
        if let other = items.first(where: { $0.outcome.hasPassed != passed }) {
            let failing = items.count { !$0.outcome.hasPassed }
            throw UsageError(
                "the selection mixes \(failing) violations and \(items.count - failing) passing calls (such as "
                    + "\(ReviewView.shortID(other.id))), whose verdict words differ: add --outcome failed or --outcome passed"
            )
        }
        let parsed: (label: ReviewVerdict.Label, note: String?)
        do { parsed = try ReviewVerdict.Label.parse(word: text, onPassingCall: passed) } catch {
            throw UsageError("--label: \(error)")
        }
        var correction = ReviewCorrection()
        do { correction = try ReviewCorrection(assignments: arguments.values("--expect")) } catch {
            throw UsageError("--expect: \(error)")
        }
        if let json = arguments.value("--expected") {
            do { correction.expected = try JSONValue(parsing: json) } catch {
                throw UsageError("--expected expects the whole output as JSON: \(error)")
            }
        }
        if !correction.isEmpty && parsed.label != .incorrect {
            throw UsageError(
                "--expect and --expected say what a wrong output should have been: use them with --label "
                    + (passed ? "missed" : "confirmed"))
        }
        let verdict = ReviewVerdict(
            itemID: items[0].id, reviewer: reviewer, label: parsed.label, comment: arguments.value("--comment"),
            correction: correction)
        return (verdict, parsed.note)
    }
}
