import Foundation
import Invariants

/// Which items a `review list`, `next` or bulk `verdict` works on: `--rule`, `--set`, `--outcome`,
/// `--fingerprint`, `--origin`, `--status`, `--reviewer` and `--since`, all of them holding.
///
/// ```swift
/// let selection = try ReviewSelection(arguments, now: Date(), reviewerSelects: true)
/// let items = contents.items.filter(selection.keeps)
/// ```
struct ReviewSelection {
    /// The options that select items.
    static let options = [
        "--rule", "--set", "--outcome", "--fingerprint", "--origin", "--status", "--reviewer", "--since",
    ]
    /// The words `--status` accepts: the states of ``ReviewItem/State``, `judged` for any judgement, and
    /// `open` for pending, unsure and disputed items.
    static let statuses = [
        "pending", "unsure", "disputed", "open", "judged", "confirmed", "false-alarm", "ok", "missed",
    ]

    var rules: [String] = []
    var sets: [String] = []
    var passed: Bool?
    var fingerprint: String?
    var origin: String?
    var statuses: [String] = []
    var reviewers: [String] = []
    var sinceMilliseconds: Int64?

    /// Whether any selecting option was given.
    var isEmpty: Bool {
        rules.isEmpty && sets.isEmpty && passed == nil && fingerprint == nil && origin == nil && statuses.isEmpty
            && reviewers.isEmpty && sinceMilliseconds == nil
    }

    /// Reads the options; `--reviewer` selects items someone judged unless it names who gives a verdict.
    init(_ arguments: ParsedArguments, now: Date, reviewerSelects: Bool) throws(UsageError) {
        rules = arguments.values("--rule")
        sets = arguments.values("--set")
        if let outcome = arguments.value("--outcome") {
            switch outcome.lowercased() {
            case "passed", "passing", "pass": passed = true
            case "failed", "failing", "fail", "violation": passed = false
            default: throw UsageError("--outcome expects passed or failed, got '\(outcome)'")
            }
        }
        fingerprint = arguments.value("--fingerprint")?.lowercased()
        origin = arguments.value("--origin")?.lowercased()
        statuses = arguments.values("--status").map { $0.lowercased() }
        if let unknown = statuses.first(where: { !Self.statuses.contains($0) }) {
            throw UsageError("--status expects one of \(Self.statuses.joined(separator: ", ")), got '\(unknown)'")
        }
        if reviewerSelects { reviewers = arguments.values("--reviewer") }
        if let since = arguments.value("--since") {
            sinceMilliseconds = try ReportFilter.milliseconds(since: since, now: now)
        }
    }

    /// Whether `item` is selected.
    func keeps(_ item: ReviewItem) -> Bool {
        if !rules.isEmpty {
            let ids = item.outcome.hasPassed ? item.outcome.checkedRules : item.outcome.failedRules
            guard ids.contains(where: { ReportFilter.named($0, by: rules) }) else {
                return false
            }
        }
        if !sets.isEmpty && !sets.contains(item.setID) { return false }
        if let passed, item.outcome.hasPassed != passed { return false }
        if let fingerprint, !item.fingerprint.hasPrefix(fingerprint) { return false }
        if let origin, !ReportFilter.origin(item.origin, contains: origin) { return false }
        if !statuses.isEmpty && !statuses.contains(where: { Self.status($0, matches: item) }) { return false }
        if !reviewers.isEmpty && !item.verdicts.contains(where: { reviewers.contains($0.reviewer) }) { return false }
        if let sinceMilliseconds, Int64((item.createdAt.timeIntervalSince1970 * 1000).rounded()) < sinceMilliseconds {
            return false
        }
        return true
    }

    private static func status(_ word: String, matches item: ReviewItem) -> Bool {
        switch (word, item.state) {
        case ("open", .pending), ("open", .unsure), ("open", .disputed), ("judged", .judged): true
        default: item.state.description == word
        }
    }
}
