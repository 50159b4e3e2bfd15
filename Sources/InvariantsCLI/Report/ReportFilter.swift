import Foundation
import Invariants

/// Which records a report or an export keeps: `--since`, `--rule` (repeatable) and `--origin`.
///
/// ```swift
/// let filter = try ReportFilter(since: "2h", rules: ["pricing.quote/exempt-pays-no-tax"], origin: "assistant",
///                               now: Date())
/// filter.keeps(summary)
/// ```
struct ReportFilter: Sendable {
    /// Records before this instant (milliseconds since 1970) are left out.
    var sinceMilliseconds: Int64?
    /// The text `--since` was given, for the report's header.
    var sinceText: String?
    /// Rules to keep, by full id (`pricing.quote/tax-non-negative`) or rule id (`tax-non-negative`); empty keeps all.
    var rules: Set<String> = []
    /// Text the origin must contain (case-insensitive): model, commit, prompt hash or version, author, or its
    /// description.
    var origin: String?

    /// Keeps everything.
    init() {}

    /// Parses the options; `since` is an RFC 3339 timestamp or a duration (`90s`, `15m`, `2h`, `7d`) before `now`.
    init(since: String?, rules: [String], origin: String?, now: Date) throws(UsageError) {
        if let since {
            sinceText = since
            sinceMilliseconds = try Self.milliseconds(since: since, now: now)
        }
        self.rules = Set(rules)
        self.origin = origin?.lowercased()
    }

    /// Whether the record is kept.
    func keeps(_ summary: ViolationSummary) -> Bool {
        if let sinceMilliseconds, summary.milliseconds < sinceMilliseconds { return false }
        if !rules.isEmpty && !rules.contains(summary.ruleID) && !rules.contains(summary.invariantID) { return false }
        if let origin, !Self.origin(summary.origin, contains: origin) { return false }
        return true
    }

    /// Whether `--rule` names `invariantID`: one of `rules` is the full id or its last part (the rule id);
    /// an empty `rules` names every id, a missing id none.
    ///
    /// ```swift
    /// ReportFilter.named("pricing.quote/tax-non-negative", by: ["tax-non-negative"])   // true
    /// ```
    static func named(_ invariantID: String?, by rules: some Collection<String>) -> Bool {
        guard !rules.isEmpty else { return true }
        guard let invariantID else { return false }
        return rules.contains { invariantID == $0 || invariantID.hasSuffix("/" + $0) }
    }

    /// Whether nothing is filtered.
    var keepsEverything: Bool { sinceMilliseconds == nil && rules.isEmpty && origin == nil }

    static func origin(_ origin: CodeOrigin, contains text: String) -> Bool {
        let fields = [
            origin.model, origin.commit, origin.promptHash, origin.promptVersion, origin.reviewedBy,
            origin.author.rawValue, origin.description,
        ]
        return fields.contains { $0?.lowercased().contains(text) ?? false }
    }

    static func milliseconds(since text: String, now: Date) throws(UsageError) -> Int64 {
        if let last = text.last, let unit = ["s": 1.0, "m": 60, "h": 3600, "d": 86_400][String(last)],
            let amount = Int(text.dropLast()), amount >= 0
        {
            return Int64(((now.timeIntervalSince1970 - Double(amount) * unit) * 1000).rounded())
        }
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime],
        ] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) {
                return Int64((date.timeIntervalSince1970 * 1000).rounded())
            }
        }
        throw UsageError(
            "--since expects an RFC 3339 timestamp (2026-11-23T14:00:00Z) or a duration (90s, 15m, 2h, 7d), got '\(text)'"
        )
    }
}
