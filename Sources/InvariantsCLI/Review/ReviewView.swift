import Foundation
import Invariants

/// The text and JSON `invariants review` prints for a queue's contents.
struct ReviewView {
    let queue: DirectoryReviewQueue
    let contents: ReviewQueueContents

    /// The queue's directory as the user gave it.
    let path: String

    /// The widest line `list` prints.
    static let width = 100

    /// The items selected (open ones unless `all`), one line each under a header, then the command to run next.
    func list(_ items: [ReviewItem], all: Bool, filtered: Bool, json: Bool) throws(UsageError) -> String {
        if json { return try Self.json(items) }
        let open = contents.pending.count
        let heading =
            filtered
            ? "\(items.count) of \(contents.items.count) items in \(path) match (\(open) pending in all)"
            : all
                ? "\(contents.items.count) items in \(path) (\(open) pending)"
                : "\(open) pending of \(contents.items.count) items in \(path)"
        guard let first = items.first else { return heading + ":\n  (none)" }
        let origins = Set(items.map(\.origin.description))
        let sharedOrigin = origins.count == 1 ? origins.first : nil
        var lines = [heading + ":"]
        if let sharedOrigin { lines.append(DisplayText.oneLine("Origin: " + sharedOrigin)) }
        lines.append(Self.row(["ID", "CREATED", "STATE", "SET", "OUTCOME"] + (sharedOrigin == nil ? ["ORIGIN"] : [])))
        lines += items.map { item in
            DisplayText.oneLine(
                Self.row(
                    [
                        Self.shortID(item.id), Self.minute(item.createdAt), item.state.description, item.setID,
                        Self.outcome(item),
                    ] + (sharedOrigin == nil ? [item.origin.description] : [])))
        }
        lines.append("\nNext: invariants review show \(Self.shortID(first.id)) --queue \(path)")
        if items.count > 1 && Set(items.map(\.fingerprint)).count < items.count {
            lines.append("      invariants review list --group --queue \(path)   (repeats folded by fingerprint)")
        }
        return lines.joined(separator: "\n")
    }

    /// One line per fingerprint of the selected items, largest group first, then the bulk command.
    func groups(_ items: [ReviewItem], filtered: Bool) -> String {
        var order: [String] = []
        var members: [String: [ReviewItem]] = [:]
        for item in items {
            if members[item.fingerprint] == nil { order.append(item.fingerprint) }
            members[item.fingerprint, default: []].append(item)
        }
        order.sort { members[$0]!.count > members[$1]!.count }
        let noun = order.count == 1 ? "group" : "groups"
        var lines = [
            "\(order.count) \(noun) of \(items.count) items in \(path)\(filtered ? " (filtered)" : "") by fingerprint:",
            Self.groupRow(["FINGERPRINT", "ITEMS", "OPEN", "SET", "OUTCOME"]),
        ]
        for fingerprint in order {
            let group = members[fingerprint]!
            lines.append(
                DisplayText.oneLine(
                    Self.groupRow([
                        fingerprint, "\(group.count)", "\(group.count { $0.status == .pending })", group[0].setID,
                        Self.outcome(group[0]),
                    ])))
        }
        if let largest = order.first, let sample = members[largest]?.first {
            let words = ReviewVerdict.Label.words(onPassingCall: sample.outcome.hasPassed).dropLast()
            lines.append(
                "\nJudge a group at once: invariants review verdict --fingerprint \(largest.prefix(8)) --queue \(path) "
                    + "--reviewer <name> --label \(words.joined(separator: "|")) [--dry-run]")
        }
        return lines.joined(separator: "\n")
    }

    /// Everything about one item.
    func show(_ item: ReviewItem, json: Bool) throws(UsageError) -> String {
        if json { return try Self.json(item) }
        var lines = [
            "Item \(item.id) (queue \(item.queue), \(item.state))",
            "Created:   \(Self.time(item.createdAt))",
            "Set:       \(item.setID)",
            "Origin:    \(item.origin)",
            "Call site: \(item.callSite)",
            "Context:   \(Self.describe(item.context))",
            "Group:     fingerprint \(item.fingerprint)",
            "Outcome:   " + (item.outcome.hasPassed ? "passed" : "failed"),
        ]
        lines += item.outcome.violations.map { "  ✗ \($0)" }
        lines.append(
            "  checked: "
                + (item.outcome.checkedRules.isEmpty ? "(none)" : item.outcome.checkedRules.joined(separator: ", ")))
        // Captured values cannot break a line or display as something else (``DisplayText``).
        lines = lines.map(DisplayText.oneLine)
        lines.append("Input (redacted):\n" + DisplayText.keepingLineBreaks(Self.pretty(item.input)))
        lines.append("Output (redacted):\n" + DisplayText.keepingLineBreaks(Self.pretty(item.output)))
        if item.verdicts.isEmpty {
            lines.append("Verdicts:  none yet")
        } else {
            lines.append("Verdicts:")
            lines += item.verdicts.map { DisplayText.oneLine(Self.describe($0, passed: item.outcome.hasPassed)) }
        }
        lines.append("Judgement: \(item.judgementSummary)")
        if item.status == .pending {
            let words = ReviewVerdict.Label.words(onPassingCall: item.outcome.hasPassed)
            lines.append(
                "\nNext: invariants review verdict \(Self.shortID(item.id)) --queue \(path) --reviewer <name> "
                    + "--label \(words.joined(separator: "|"))"
                    + (item.outcome.hasPassed ? " [--expect 'field = value']" : ""))
        }
        return lines.joined(separator: "\n")
    }

    /// What a verdict means for the rules.
    func recorded(_ verdict: ReviewVerdict, on item: ReviewItem, note: String?) -> String {
        let word = verdict.label.word(onPassingCall: item.outcome.hasPassed)
        var line =
            "Recorded \(verdict.reviewer)'s verdict on \(Self.shortID(item.id)): \(word) (\(Self.meaning(verdict.label, item)))"
        if let correction = verdict.correction { line += "; expected: \(correction)" }
        return (note.map { "Note: \($0)\n" } ?? "") + line + "."
    }

    /// What a bulk verdict did, or would do with `--dry-run`.
    func recorded(
        _ verdict: ReviewVerdict, on items: [ReviewItem], dryRun: Bool, note: String?
    ) -> String {
        let word = verdict.label.word(onPassingCall: items[0].outcome.hasPassed)
        let count = items.count == 1 ? "1 item" : "\(items.count) items"
        let fingerprints = Set(items.map(\.fingerprint))
        let scope = fingerprints.count == 1 ? " (fingerprint \(fingerprints.first!.prefix(8)))" : ""
        var lines = note.map { ["Note: \($0)"] } ?? []
        if dryRun {
            lines.append(
                "Would record \(verdict.reviewer)'s verdict \(word) on \(count)\(scope); nothing written (--dry-run):")
            lines += items.prefix(10).map { "  \(Self.shortID($0.id))  \(Self.outcome($0))" }
            if items.count > 10 { lines.append("  … and \(items.count - 10) more") }
        } else {
            lines.append(
                "Recorded \(verdict.reviewer)'s verdict \(word) on \(count)\(scope): \(Self.meaning(verdict.label, items[0]))."
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The error for a prefix several items share: the first ten ids with their outcomes.
    static func ambiguous(_ id: String, matches: [ReviewItem]) -> String {
        let listed = matches.prefix(10).map { "  \($0.id)  \(outcome($0))" }
        return "'\(id)' matches \(matches.count) items; give more of the id:\n" + listed.joined(separator: "\n")
            + (matches.count > 10 ? "\n  … and \(matches.count - 10) more" : "")
    }

    private static func meaning(_ label: ReviewVerdict.Label, _ item: ReviewItem) -> String {
        switch (label, item.outcome.hasPassed) {
        case (.incorrect, true): "the rules passed this call: a missed bug"
        case (.incorrect, false): "a real violation of " + item.outcome.failedRules.joined(separator: ", ")
        case (.correct, true): "the rules agreed"
        case (.correct, false): "a false alarm of " + item.outcome.failedRules.joined(separator: ", ")
        case (.unsure, _): "the item stays pending"
        }
    }

    /// Precision and miss rate per rule and per set.
    func stats(json: Bool) throws(UsageError) -> String {
        let stats = contents.stats
        if json { return try Self.json(ReviewStatsReport(stats)) }
        let judged = stats.overall.judgedViolations + stats.overall.judgedPasses
        let items = judged == 1 ? "1 judged item" : "\(judged) judged items"
        var lines = ["Review stats for \(path): \(items), \(stats.overall.undecided) undecided."]
        guard judged + stats.overall.undecided > 0 else { return lines[0] + "\nNo verdicts yet." }
        let names = Array(stats.rules.keys) + Array(stats.sets.keys) + Array(stats.origins.keys)
        let width = max(40, names.map(\.count).max() ?? 0) + 2
        let header = { (title: String) in
            title.padding(toLength: width, withPad: " ", startingAt: 0) + "PRECISION             MISS RATE"
        }
        func row(_ name: String, _ counts: ReviewStats.Counts) -> String {
            let precision = Self.ratio(counts.confirmedViolations, of: counts.judgedViolations, "real")
            let missRate = Self.ratio(counts.missedBugs, of: counts.judgedPasses, "missed")
            return name.padding(toLength: width, withPad: " ", startingAt: 0)
                + precision.padding(toLength: 22, withPad: " ", startingAt: 0) + missRate
        }
        lines.append("\n" + header("RULE"))
        lines += stats.rules.sorted { $0.key < $1.key }.map { row($0.key, $0.value) }
        lines.append("\n" + header("SET"))
        lines += stats.sets.sorted { $0.key < $1.key }.map { row($0.key, $0.value) }
        lines.append("\n" + header("ORIGIN"))
        lines += stats.origins.sorted { $0.key < $1.key }.map { row($0.key, $0.value) }
        return lines.joined(separator: "\n")
    }

    /// `passed`, or the failed rules without their set's prefix: `✗ exempt-pays-no-tax [critical]`.
    static func outcome(_ item: ReviewItem) -> String {
        guard !item.outcome.hasPassed else { return "passed" }
        return "✗ "
            + item.outcome.violations.map { violation in
                let id = violation.invariantID
                let short = id.hasPrefix(item.setID + "/") ? String(id.dropFirst(item.setID.count + 1)) : id
                return "\(short) [\(violation.severity)]"
            }.joined(separator: ", ")
    }

    /// The list's columns: id, created, state, set, outcome and (when origins differ) origin, cut to fit.
    private static func row(_ fields: [String]) -> String {
        let widths = fields.count == 6 ? [8, 16, 11, 14, 26, 15] : [8, 16, 11, 14, 43]
        return columns(fields, widths)
    }

    /// The grouped view's columns: fingerprint, items, open, set, outcome.
    private static func groupRow(_ fields: [String]) -> String {
        columns(fields, [16, -5, -5, 14, 50])
    }

    /// `fields` padded (negative width: right-aligned) and cut with `…` to their widths, two spaces apart,
    /// the last one not padded.
    private static func columns(_ fields: [String], _ widths: [Int]) -> String {
        zip(fields, widths).enumerated().map { index, pair in
            let (field, width) = pair
            let size = abs(width)
            let cut = field.count > size ? String(field.prefix(size - 1)) + "…" : field
            if index == fields.count - 1 { return "  " + cut }
            let padding = String(repeating: " ", count: size - cut.count)
            return (index == 0 ? "" : "  ") + (width < 0 ? padding + cut : cut + padding)
        }.joined()
    }

    static func shortID(_ id: String) -> String { String(id.prefix(8)) }

    /// `2026-12-06 03:53`, in UTC.
    private static func minute(_ date: Date) -> String {
        String(time(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    private static func time(_ date: Date) -> String {
        ISO8601DateFormatter.string(
            from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
    }

    private static func ratio(_ part: Int, of whole: Int, _ noun: String) -> String {
        guard whole > 0 else { return "—" }
        let percent = (Double(part) / Double(whole) * 1000).rounded() / 10
        return "\(percent)% (\(part)/\(whole) \(noun))"
    }

    private static func describe(_ context: InvariantContext) -> String {
        var parts: [String] = []
        if let requestID = context.requestID { parts.append("request \(requestID)") }
        if let tenant = context.tenant { parts.append("tenant \(tenant)") }
        if let traceID = context.traceID { parts.append("trace \(traceID)") }
        parts += context.tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return parts.isEmpty ? "(none)" : parts.joined(separator: ", ")
    }

    private static func describe(_ verdict: ReviewVerdict, passed: Bool) -> String {
        "  \(verdict.reviewer): \(verdict.label.word(onPassingCall: passed)) at \(time(verdict.time))"
            + (verdict.comment.map { " — \($0)" } ?? "")
            + (verdict.correction.map { "\n    expected: \($0)" } ?? "")
    }

    /// A snapshot's value as indented JSON, or its text.
    private static func pretty(_ snapshot: Snapshot) -> String {
        let body: String
        if let value = snapshot.value, let text = try? encoded(value, pretty: true) {
            body = text
        } else {
            body = (snapshot.text ?? "") + (snapshot.truncated ? " … (truncated at \(snapshot.byteCount) bytes)" : "")
        }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    private static func json(_ value: some Encodable) throws(UsageError) -> String {
        do { return try encoded(value, pretty: true) } catch { throw UsageError("cannot encode JSON: \(error)") }
    }

    private static func encoded(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
