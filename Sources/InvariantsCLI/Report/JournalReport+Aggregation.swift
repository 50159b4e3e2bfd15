import Foundation
import Invariants

extension JournalReport {
    /// Reads every file once with ``JournalReader/forEachSummary(_:)`` (decoding whole records only for
    /// examples) and aggregates what `filter` keeps. `corruptLine` is called for each line that is not a record.
    ///
    /// ```swift
    /// let report = try JournalReport(files: files, filter: filter) { location, reason in
    ///     print("\(location.file):\(location.line): \(reason)")
    /// }
    /// ```
    init(
        files: JournalFiles, filter: ReportFilter,
        corruptLine: (JournalLocation, String) -> Void = { _, _ in }
    ) throws {
        var accumulator = Accumulator()
        try files.reader.forEachSummary { entry, record in
            switch entry {
            case .corrupt(let location, let reason):
                accumulator.skippedLines += 1
                corruptLine(location, reason)
            case .record(let summary, _):
                guard filter.keeps(summary) else {
                    accumulator.filteredOut += 1
                    return
                }
                try accumulator.add(summary, record: record)
            }
        }
        self = accumulator.report()
        self.files = files.urls.map { $0.path }
        self.filter = filter
    }

    /// The running totals while a journal is read.
    private struct Accumulator {
        struct RuleKey: Hashable {
            var setID: String
            var ruleID: String
        }

        var skippedLines = 0
        var filteredOut = 0
        var count = 0
        var adjustedCount = 0.0
        var firstSeen = Int64.max
        var lastSeen = Int64.min
        var rules: [RuleKey: JournalReport.Rule] = [:]
        /// Whole records decoded per rule while looking for distinct example inputs.
        var exampleAttempts: [RuleKey: Int] = [:]
        var origins: [CodeOrigin: JournalReport.Origin] = [:]
        var originRules: [CodeOrigin: Set<RuleKey>] = [:]
        var fingerprints: [String: JournalReport.Fingerprint] = [:]
        var histogram = TimeHistogram()

        mutating func add(_ summary: ViolationSummary, record: () throws -> ViolationRecord) throws {
            let time = summary.milliseconds
            let adjusted = summary.adjustedCount
            count += 1
            adjustedCount += adjusted
            firstSeen = min(firstSeen, time)
            lastSeen = max(lastSeen, time)
            histogram.add(milliseconds: time, adjusted: adjusted)

            let key = RuleKey(setID: summary.setID, ruleID: summary.ruleID)
            rules[
                key,
                default: JournalReport.Rule(
                    setID: summary.setID, ruleID: summary.ruleID, severity: summary.severity,
                    firstSeen: time, lastSeen: time)
            ]
            .add(summary)
            if rules[key]!.examples.count < JournalReport.examplesPerRule, exampleAttempts[key, default: 0] < 10 {
                exampleAttempts[key, default: 0] += 1
                let whole = try record()
                if !rules[key]!.examples.contains(where: { $0.input == whole.input }) {
                    rules[key]!.examples.append(
                        JournalReport.Example(eventID: whole.eventID, message: whole.message, input: whole.input))
                }
            }

            origins[
                summary.origin,
                default: JournalReport.Origin(
                    origin: summary.origin, firstSeen: time, lastSeen: time)
            ]
            .add(time: time, adjusted: adjusted)
            if originRules[summary.origin]?.contains(key) != true {
                originRules[summary.origin, default: []].insert(key)
            }

            if fingerprints[summary.fingerprint] == nil {
                fingerprints[summary.fingerprint] = JournalReport.Fingerprint(
                    fingerprint: summary.fingerprint, invariantID: summary.invariantID, severity: summary.severity,
                    callSite: summary.callSite, firstSeen: time, lastSeen: time, exampleEventID: summary.eventID)
            }
            fingerprints[summary.fingerprint]!.add(time: time, adjusted: adjusted)
        }

        func report() -> JournalReport {
            var report = JournalReport()
            report.count = count
            report.adjustedCount = adjustedCount
            report.filteredOut = filteredOut
            report.skippedLines = skippedLines
            if count > 0 {
                report.firstSeen = firstSeen
                report.lastSeen = lastSeen
            }
            report.fingerprints = fingerprints.values.sorted {
                ($0.count, $1.invariantID, $1.fingerprint) > ($1.count, $0.invariantID, $0.fingerprint)
            }
            var fingerprintsByRule: [String: [String]] = [:]
            for fingerprint in report.fingerprints {
                fingerprintsByRule[fingerprint.invariantID, default: []].append(fingerprint.fingerprint)
            }
            report.rules = rules.values.map { rule in
                var rule = rule
                rule.fingerprints = fingerprintsByRule[rule.invariantID] ?? []
                return rule
            }.sorted { ($0.count, $1.invariantID) > ($1.count, $0.invariantID) }
            report.origins = origins.values.map { origin in
                var origin = origin
                origin.rules = (originRules[origin.origin] ?? []).map { $0.setID + "/" + $0.ruleID }.sorted()
                return origin
            }.sorted { ($0.count, $1.origin.description) > ($1.count, $0.origin.description) }
            (report.bucketSeconds, report.timeline) = histogram.buckets(maximumCount: JournalReport.maximumBuckets)
            return report
        }
    }
}

extension JournalReport.Rule {
    fileprivate mutating func add(_ summary: ViolationSummary) {
        count += 1
        adjustedCount += summary.adjustedCount
        severity = max(severity, summary.severity)
        firstSeen = min(firstSeen, summary.milliseconds)
        lastSeen = max(lastSeen, summary.milliseconds)
    }
}

extension JournalReport.Origin {
    fileprivate mutating func add(time: Int64, adjusted: Double) {
        count += 1
        adjustedCount += adjusted
        firstSeen = min(firstSeen, time)
        lastSeen = max(lastSeen, time)
    }
}

extension JournalReport.Fingerprint {
    fileprivate mutating func add(time: Int64, adjusted: Double) {
        count += 1
        adjustedCount += adjusted
        firstSeen = min(firstSeen, time)
        lastSeen = max(lastSeen, time)
    }
}
