/// What `invariants review` does: list, show, next, verdict or stats, each with its own options and help.
enum ReviewAction: String, CaseIterable {
    case list, show, next, verdict, stats

    /// The action named by the first positional argument, or `nil` when there is none.
    init?(_ arguments: ParsedArguments) throws(UsageError) {
        guard let word = arguments.positionals.first else { return nil }
        guard let action = ReviewAction(rawValue: word) else {
            throw UsageError("unknown action '\(word)'; expected one of \(Self.names)")
        }
        self = action
    }

    /// `list, show, next, verdict, stats`.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The options and flags this action accepts, besides `--queue`.
    var accepted: Set<String> {
        let selecting = Set(ReviewSelection.options)
        switch self {
        case .list: return selecting.union(["--all", "--json", "--group", "--reviewer"])
        case .show: return ["--json"]
        case .next: return selecting.union(["--json", "--reviewer"])
        case .verdict:
            return selecting.union(["--reviewer", "--label", "--comment", "--expect", "--expected", "--dry-run"])
        case .stats: return ["--json"]
        }
    }

    /// How many positional arguments may follow the action word.
    var positionalCounts: ClosedRange<Int> {
        switch self {
        case .show: 1...1
        case .verdict: 0...1
        case .list, .next, .stats: 0...0
        }
    }

    var summary: String {
        switch self {
        case .list: "List pending items, filtered (--rule, --status, …) or grouped by fingerprint (--group)."
        case .show: "Show one item: input, output, outcome, origin, context, verdicts and judgement."
        case .next: "Show the oldest pending item (of those the filters select)."
        case .verdict: "Record a verdict on an item, or on every item a filter or group selects."
        case .stats: "Precision and miss rate per rule, set and code origin."
        }
    }

    private static let filterHelp = """
          --rule <id>           Items that failed this rule (passing items: that checked it); repeatable.
          --set <id>            Items of this rule set; repeatable.
          --outcome <o>         passed or failed.
          --fingerprint <fp>    Items of one group (a prefix of the fingerprint --group shows).
          --origin <text>       Items whose code origin mentions <text> (model, commit, prompt).
          --status <s>          pending, unsure, disputed, open (all three), judged, confirmed,
                                false-alarm, ok or missed; repeatable.
          --since <when>        Items queued at or after an RFC 3339 time or a duration ago (15m, 2h, 7d).
        """

    var usage: String {
        switch self {
        case .list:
            """
            USAGE: invariants review list --queue <dir> [--all] [--group] [filters] [--json]

            Lists the items waiting for a verdict (pending, unsure or disputed), oldest first, with a short
            id that the other actions accept. Filters narrow the list; --group folds repeats of one problem
            (same failed rule at the same call site) into one line with counts.

            OPTIONS:
              --queue <dir>         The review queue's directory.
              --all                 List every item, judged ones too.
              --group               One line per fingerprint: items, open items, rule.
              --json                Print the items as a JSON array.
            \(Self.filterHelp)
              --reviewer <name>     Items this reviewer gave a verdict on; repeatable.
              -h, --help            Show this help.
            """
        case .show:
            """
            USAGE: invariants review show <item-id> --queue <dir> [--json]

            Shows one item: its input and output (redacted, as pretty JSON), what the rules said, where the
            code came from, the request it served, its verdicts and the combined judgement. <item-id> may
            be a unique prefix, in any letter case.

            OPTIONS:
              --queue <dir>  The review queue's directory.
              --json         Print the item as JSON.
              -h, --help     Show this help.
            """
        case .next:
            """
            USAGE: invariants review next --queue <dir> [filters] [--json]

            Shows the oldest item still waiting for a verdict, as 'show' does, with the verdict command to
            run. Filters as for 'list'.

            OPTIONS:
              --queue <dir>         The review queue's directory.
              --json                Print the item as JSON.
            \(Self.filterHelp)
              -h, --help            Show this help.
            """
        case .verdict:
            """
            USAGE: invariants review verdict <item-id> --queue <dir> --reviewer <name> --label <word>
                                            [--comment <text>] [--expect <path=value>]... [--expected <json>]
                   invariants review verdict --queue <dir> <filters> --reviewer <name> --label <word> [--dry-run]

            Records whether the output was right. The words read right for the call:
              on a violation     confirmed     the output was wrong: the rule caught a real bug
                                 false-alarm   the output was right: the rule fired wrongly
              on a passing call  ok            the output was right
                                 missed        the output was wrong: the rules missed a bug
              on both            unsure        you cannot tell; the item stays pending
            The old words still work, with a note: incorrect (= confirmed or missed), correct (= false-alarm
            or ok). A second verdict by the same reviewer on the same item replaces the first.

            With filters (or --fingerprint from 'list --group') instead of an id, the verdict is recorded
            on every selected open item (add --status to choose others) in one write; it prints how many.
            --dry-run lists them and writes nothing.

            OPTIONS:
              --queue <dir>          The review queue's directory.
              --reviewer <name>      Who you are.
              --label <word>         confirmed, false-alarm, ok, missed or unsure.
              --comment <text>       Why.
              --expect <path=value>  What a field should have been, such as 'tax = 4.80' (a JSON value, or
                                     text); repeatable. Replay compares the new output with it.
              --expected <json>      The whole output it should have been, as JSON.
              --dry-run              With filters: show what would be recorded, write nothing.
            \(Self.filterHelp)
              -h, --help             Show this help.
            """
        case .stats:
            """
            USAGE: invariants review stats --queue <dir> [--json]

            Prints, per rule, per set and per code origin, the precision of the rules (violations judged
            real ÷ judged violations) and their miss rate (passing calls judged missed ÷ judged passing
            calls).

            OPTIONS:
              --queue <dir>  The review queue's directory.
              --json         Print the figures as JSON.
              -h, --help     Show this help.
            """
        }
    }
}
