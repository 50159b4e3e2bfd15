import Foundation
import Invariants

/// The text and JSON `invariants review` prints for a queue's contents.
struct ReviewView {
    let queue: DirectoryReviewQueue
    let contents: ReviewQueueContents

    var path: String { queue.url.path }

    /// One line per item (pending ones unless `all`), then the command to run next.
    func list(all: Bool, json: Bool) throws(UsageError) -> String {
        let items = all ? contents.items : contents.pending
        if json { return try Self.json(items) }
        let heading =
            all
            ? "\(contents.items.count) items in \(path) (\(contents.pending.count) pending):"
            : "\(contents.pending.count) pending of \(contents.items.count) items in \(path):"
        guard let first = items.first else { return heading + "\n  (none)" }
        var lines = [heading]
        lines += items.map { "  " + DisplayText.oneLine(line(for: $0, status: all)) }
        lines.append("\nNext: invariants review show \(Self.shortID(first.id)) --queue \(path)")
        return lines.joined(separator: "\n")
    }

    /// Everything about one item.
    func show(_ item: ReviewItem, json: Bool) throws(UsageError) -> String {
        if json { return try Self.json(item) }
        var lines = [
            "Item \(item.id) (queue \(item.queue), \(item.status))",
            "Created:   \(Self.time(item.createdAt))",
            "Set:       \(item.setID)",
            "Origin:    \(item.origin)",
            "Call site: \(item.callSite)",
            "Context:   \(Self.describe(item.context))",
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
            lines.append(
                "\nNext: invariants review verdict \(Self.shortID(item.id)) --queue \(path) --reviewer <name> "
                    + "--label correct|incorrect|unsure")
        } else {
            lines.append("Verdicts:")
            lines += item.verdicts.map { DisplayText.oneLine(Self.describe($0)) }
        }
        return lines.joined(separator: "\n")
    }

    /// What a verdict means for the rules.
    func recorded(_ verdict: ReviewVerdict, on item: ReviewItem) -> String {
        let meaning: String
        switch (verdict.label, item.outcome.hasPassed) {
        case (.incorrect, true): meaning = "the rules passed this call: a missed bug"
        case (.incorrect, false): meaning = "a real violation of " + item.outcome.failedRules.joined(separator: ", ")
        case (.correct, true): meaning = "the rules agreed"
        case (.correct, false): meaning = "a false alarm of " + item.outcome.failedRules.joined(separator: ", ")
        case (.unsure, _): meaning = "the item stays pending"
        }
        return "Recorded \(verdict.reviewer)'s verdict on \(Self.shortID(item.id)): \(verdict.label) (\(meaning))."
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

    private func line(for item: ReviewItem, status: Bool) -> String {
        let outcome =
            item.outcome.hasPassed
            ? "passed"
            : "✗ " + item.outcome.violations.map { "\($0.invariantID) [\($0.severity)]" }.joined(separator: ", ")
        var fields = [Self.shortID(item.id), Self.time(item.createdAt), item.setID, outcome, item.origin.description]
        if let request = item.context.requestID { fields.append(request) }
        if status {
            let verdicts = item.verdicts.map { "\($0.reviewer): \($0.label)" }.joined(separator: ", ")
            fields.append("[\(item.status)\(verdicts.isEmpty ? "" : "; " + verdicts)]")
        }
        return fields.joined(separator: "  ")
    }

    static func shortID(_ id: String) -> String { String(id.prefix(8)) }

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

    private static func describe(_ verdict: ReviewVerdict) -> String {
        "  \(verdict.reviewer): \(verdict.label) at \(time(verdict.time))" + (verdict.comment.map { " — \($0)" } ?? "")
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
