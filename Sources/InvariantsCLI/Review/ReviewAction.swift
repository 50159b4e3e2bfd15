/// What `invariants review` does: list, show, verdict or stats, each with its own options and help.
enum ReviewAction: String, CaseIterable {
    case list, show, verdict, stats

    /// The action named by the first positional argument, or `nil` when there is none.
    init?(_ arguments: ParsedArguments) throws(UsageError) {
        guard let word = arguments.positionals.first else { return nil }
        guard let action = ReviewAction(rawValue: word) else {
            throw UsageError("unknown action '\(word)'; expected one of list, show, verdict, stats")
        }
        self = action
    }

    /// The options and flags this action accepts, besides `--queue`.
    var accepted: Set<String> {
        switch self {
        case .list: ["--all", "--json"]
        case .show: ["--json"]
        case .verdict: ["--reviewer", "--label", "--comment"]
        case .stats: ["--json"]
        }
    }

    /// How many positional arguments follow the action word.
    var positionalCount: Int { self == .show || self == .verdict ? 1 : 0 }

    var summary: String {
        switch self {
        case .list: "List the pending items (--all: every item)."
        case .show: "Show one item: input, output, outcome, origin, context and verdicts."
        case .verdict: "Record a reviewer's verdict on an item (a second one by the same reviewer replaces it)."
        case .stats: "Precision and miss rate per rule, set and code origin."
        }
    }

    var usage: String {
        switch self {
        case .list:
            """
            USAGE: invariants review list --queue <dir> [--all] [--json]

            Lists the items waiting for a verdict, oldest first, with a short id that the other actions accept.

            OPTIONS:
              --queue <dir>  The review queue's directory.
              --all          List every item, with its status and verdicts.
              --json         Print the items as a JSON array.
              -h, --help     Show this help.
            """
        case .show:
            """
            USAGE: invariants review show <item-id> --queue <dir> [--json]

            Shows one item: its input and output (redacted, as pretty JSON), what the rules said, where the
            code came from, the request it served and its verdicts. <item-id> may be a unique prefix.

            OPTIONS:
              --queue <dir>  The review queue's directory.
              --json         Print the item as JSON.
              -h, --help     Show this help.
            """
        case .verdict:
            """
            USAGE: invariants review verdict <item-id> --queue <dir> --reviewer <name> --label <label> [--comment <text>]

            Records whether the item's output was right. <label> is one of:
              correct    the output was right (on a violation: a false alarm)
              incorrect  the output was wrong (on a passing call: the rules missed a bug)
              unsure     you cannot tell; the item stays pending
            A second verdict by the same reviewer on the same item replaces the first.

            OPTIONS:
              --queue <dir>       The review queue's directory.
              --reviewer <name>   Who you are.
              --label <label>     correct, incorrect or unsure.
              --comment <text>    Why.
              -h, --help          Show this help.
            """
        case .stats:
            """
            USAGE: invariants review stats --queue <dir> [--json]

            Prints, per rule, per set and per code origin, the precision of the rules (violations judged
            real ÷ judged violations) and their miss rate (passing calls judged incorrect ÷ judged passing
            calls).

            OPTIONS:
              --queue <dir>  The review queue's directory.
              --json         Print the figures as JSON.
              -h, --help     Show this help.
            """
        }
    }
}
