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
        // Each table is a list and an index into it, so a record costs one hash lookup per table.
        var ruleIndex: [RuleKey: Int] = [:]
        var rules: [JournalReport.Rule] = []
        /// Whole records decoded per rule while looking for distinct example inputs.
        var exampleAttempts: [Int] = []
        var originIndex: [CodeOrigin: Int] = [:]
        var origins: [JournalReport.Origin] = []
        /// The rules (indices into `rules`) each origin broke.
        var originRules: [Set<Int>] = []
        var fingerprintIndex: [String: Int] = [:]
        var fingerprints: [JournalReport.Fingerprint] = []
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
            let rule = index(of: key, in: &ruleIndex) {
                rules.append(
                    JournalReport.Rule(
                        setID: summary.setID, ruleID: summary.ruleID, severity: summary.severity, firstSeen: time,
                        lastSeen: time))
                exampleAttempts.append(0)
            }
            rules[rule].add(summary)
            if rules[rule].examples.count < JournalReport.examplesPerRule, exampleAttempts[rule] < 10 {
                exampleAttempts[rule] += 1
                let whole = try record()
                if !rules[rule].examples.contains(where: { $0.input == whole.input }) {
                    rules[rule].examples.append(
                        JournalReport.Example(eventID: whole.eventID, message: whole.message, input: whole.input))
                }
            }

            let origin = index(of: summary.origin, in: &originIndex) {
                origins.append(JournalReport.Origin(origin: summary.origin, firstSeen: time, lastSeen: time))
                originRules.append([])
            }
            origins[origin].add(time: time, adjusted: adjusted)
            if !originRules[origin].contains(rule) { originRules[origin].insert(rule) }

            let fingerprint = index(of: summary.fingerprint, in: &fingerprintIndex) {
                fingerprints.append(
                    JournalReport.Fingerprint(
                        fingerprint: summary.fingerprint, invariantID: summary.invariantID,
                        severity: summary.severity, callSite: summary.callSite, firstSeen: time, lastSeen: time,
                        exampleEventID: summary.eventID))
            }
            fingerprints[fingerprint].add(time: time, adjusted: adjusted)
        }

        /// The index of `key`, after calling `append` to add its entry when it is new.
        private func index<Key: Hashable>(of key: Key, in index: inout [Key: Int], append: () -> Void) -> Int {
            if let position = index[key] { return position }
            let position = index.count
            index[key] = position
            append()
            return position
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
            report.fingerprints = fingerprints.sorted {
                ($0.count, $1.invariantID, $1.fingerprint) > ($1.count, $0.invariantID, $0.fingerprint)
            }
            var fingerprintsByRule: [String: [String]] = [:]
            for fingerprint in report.fingerprints {
                fingerprintsByRule[fingerprint.invariantID, default: []].append(fingerprint.fingerprint)
            }
            report.rules = rules.map { rule in
                var rule = rule
                rule.fingerprints = fingerprintsByRule[rule.invariantID] ?? []
                return rule
            }.sorted { ($0.count, $1.invariantID) > ($1.count, $0.invariantID) }
            report.origins = origins.indices.map { index in
                var origin = origins[index]
                origin.rules = originRules[index].map { rules[$0].invariantID }.sorted()
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
