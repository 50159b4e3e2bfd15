import Invariants

extension JournalReport {
    /// The report as plain text for a terminal: a header, then tables by rule, origin and fingerprint, and a
    /// timeline of `#` bars. Captured text is kept on one line.
    ///
    /// ```swift
    /// print(report.text())
    /// // 12 violations (adjusted 12) from 2026-11-23T14:28:56.123Z to …, in 1 file
    /// ```
    func text() -> String {
        var lines: [String] = [header()]
        guard count > 0 else { return lines.joined(separator: "\n") }

        lines.append("\nBY RULE")
        lines.append(
            "  " + ReportFormat.padded("count", 8, right: true) + ReportFormat.padded("adjusted", 10, right: true)
                + "  " + ReportFormat.padded("severity", 9) + ReportFormat.padded("first seen", 26)
                + ReportFormat.padded("last seen", 26) + "rule")
        for rule in rules {
            lines.append(
                "  " + ReportFormat.padded(String(rule.count), 8, right: true)
                    + ReportFormat.padded(ReportFormat.count(rule.adjustedCount), 10, right: true) + "  "
                    + ReportFormat.padded(rule.severity.rawValue, 9)
                    + ReportFormat.padded(ReportFormat.timestamp(rule.firstSeen), 26)
                    + ReportFormat.padded(ReportFormat.timestamp(rule.lastSeen), 26) + oneLine(rule.invariantID))
        }

        lines.append("\nBY ORIGIN")
        for origin in origins {
            lines.append(
                "  " + ReportFormat.padded(String(origin.count), 8, right: true)
                    + ReportFormat.padded(ReportFormat.count(origin.adjustedCount), 10, right: true) + "  "
                    + oneLine(origin.origin.description) + " — " + origin.rules.map(oneLine).joined(separator: ", "))
        }

        lines.append("\nBY FINGERPRINT")
        for fingerprint in fingerprints {
            lines.append(
                "  " + ReportFormat.padded(String(fingerprint.count), 8, right: true)
                    + ReportFormat.padded(ReportFormat.count(fingerprint.adjustedCount), 10, right: true) + "  "
                    + fingerprint.fingerprint + "  " + oneLine(fingerprint.invariantID) + " at "
                    + oneLine(fingerprint.callSite.description) + ", e.g. event " + oneLine(fingerprint.exampleEventID))
        }

        lines.append("\nOVER TIME (\(ReportFormat.duration(seconds: bucketSeconds)) buckets)")
        let peak = timeline.map(\.count).max() ?? 1
        for bucket in timeline {
            let bar = String(repeating: "#", count: bucket.count == 0 ? 0 : max(1, bucket.count * 40 / max(peak, 1)))
            lines.append(
                "  " + ReportFormat.padded(ReportFormat.bucketLabel(bucket.start, widthSeconds: bucketSeconds), 12)
                    + ReportFormat.padded(String(bucket.count), 8, right: true) + "  " + bar)
        }

        lines.append("\nEXAMPLE INPUTS")
        for rule in rules {
            for example in rule.examples {
                lines.append(
                    "  " + oneLine(rule.invariantID) + ", event " + oneLine(example.eventID) + ": "
                        + oneLine(example.message))
                lines.append("    " + oneLine(PrettyJSON.compact(example.input)))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `12 violations (adjusted 240) from … to …, in 2 files; 1 corrupt line skipped; 3 filtered out`.
    func header() -> String {
        var text = "\(count) violation\(count == 1 ? "" : "s") (adjusted \(ReportFormat.count(adjustedCount)))"
        if let firstSeen, let lastSeen {
            text += " from \(ReportFormat.timestamp(firstSeen)) to \(ReportFormat.timestamp(lastSeen))"
        }
        text += ", in \(files.count) file\(files.count == 1 ? "" : "s")"
        if skippedLines > 0 { text += "; \(skippedLines) corrupt line\(skippedLines == 1 ? "" : "s") skipped" }
        if !filter.keepsEverything { text += "; \(filteredOut) filtered out (\(filterDescription))" }
        return text
    }

    /// `since 2h, rule pricing.quote/tax, origin assistant`.
    var filterDescription: String {
        var parts: [String] = []
        if let since = filter.sinceText { parts.append("since " + since) }
        if !filter.rules.isEmpty { parts.append("rule " + filter.rules.sorted().joined(separator: ", ")) }
        if let origin = filter.origin { parts.append("origin " + origin) }
        return parts.map(oneLine).joined(separator: ", ")
    }

    /// Captured text with control, bidi and zero-width characters escaped, so it cannot break a line of the
    /// report or display as something else.
    private func oneLine(_ text: String) -> String {
        DisplayText.oneLine(text)
    }
}
