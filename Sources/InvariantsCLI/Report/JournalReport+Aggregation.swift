import Dispatch
import Foundation
import Invariants
import Synchronization

extension JournalReport {
    /// Reads every file once with ``JournalReader/forEachSummary(in:_:)`` (decoding whole records only for
    /// examples) and aggregates what `filter` keeps; large journals are cut into one part per processor and read
    /// in parallel, then merged in order. `corruptLine` is then called, in file order, for the first
    /// `corruptLinesKept` lines that are not records (all are counted in ``skippedLines``).
    ///
    /// ```swift
    /// let report = try JournalReport(files: files, filter: filter) { location, reason in
    ///     print("\(location.file):\(location.line): \(reason)")
    /// }
    /// ```
    init(
        files: JournalFiles, filter: ReportFilter, corruptLinesKept: Int = 50, parallelAbove: Int = 8 << 20,
        corruptLine: (JournalLocation, String) -> Void = { _, _ in }
    ) throws {
        let reader = files.reader
        let parts = reader.parts(ProcessInfo.processInfo.activeProcessorCount)
        let totalBytes = parts.reduce(0) { $0 + $1.byteCount }
        // Below a few megabytes (`parallelAbove` bytes) a second thread costs more than it saves.
        let partsToRead = totalBytes < parallelAbove || parts.count < 2 ? [JournalPart]?.none : parts
        let results = Mutex<[Int: Result<Accumulator, any Error>]>([:])
        let read: @Sendable (Int) -> Void = { index in
            var accumulator = Accumulator(corruptLinesKept: corruptLinesKept)
            let outcome = Result { () throws -> Accumulator in
                if let partsToRead {
                    try reader.forEachSummary(in: partsToRead[index]) { entry, record in
                        try accumulator.add(entry, filter: filter, record: record)
                    }
                } else {
                    try reader.forEachSummary { entry, record in
                        try accumulator.add(entry, filter: filter, record: record)
                    }
                }
                return accumulator
            }
            results.withLock { $0[index] = outcome }
        }
        let count = partsToRead?.count ?? 1
        if count == 1 {
            read(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: read)
        }
        var merged = Accumulator(corruptLinesKept: corruptLinesKept)
        for index in 0..<count {
            merged.merge(try results.withLock { $0[index]! }.get())
        }
        for (location, reason) in merged.corruptLines { corruptLine(location, reason) }
        self = merged.report()
        self.files = files.urls.map { $0.path }
        self.filter = filter
    }

    /// The running totals while a journal is read.
    private struct Accumulator: Sendable {
        struct RuleKey: Hashable {
            var setID: String
            var ruleID: String
        }

        let corruptLinesKept: Int
        /// The first corrupt lines, in order.
        var corruptLines: [(JournalLocation, String)] = []
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

        init(corruptLinesKept: Int) {
            self.corruptLinesKept = corruptLinesKept
        }

        mutating func add(
            _ entry: JournalSummaryEntry, filter: ReportFilter, record: () throws -> ViolationRecord
        ) throws {
            switch entry {
            case .corrupt(let location, let reason):
                skippedLines += 1
                if corruptLines.count < corruptLinesKept { corruptLines.append((location, reason)) }
            case .record(let summary, _):
                guard filter.keeps(summary) else {
                    filteredOut += 1
                    return
                }
                try add(summary, record: record)
            }
        }

        mutating func add(_ summary: ViolationSummary, record: () throws -> ViolationRecord) throws {
            let time = summary.milliseconds
            let adjusted = summary.adjustedCount
            count += 1
            adjustedCount += adjusted
            firstSeen = min(firstSeen, time)
            lastSeen = max(lastSeen, time)
            histogram.add(milliseconds: time, adjusted: adjusted)

            let key = RuleKey(setID: summary.setID, ruleID: summary.ruleID)
            let rule = Self.index(of: key, in: &ruleIndex) {
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

            let origin = Self.index(of: summary.origin, in: &originIndex) {
                origins.append(JournalReport.Origin(origin: summary.origin, firstSeen: time, lastSeen: time))
                originRules.append([])
            }
            origins[origin].add(time: time, adjusted: adjusted)
            if !originRules[origin].contains(rule) { originRules[origin].insert(rule) }

            let fingerprint = Self.index(of: summary.fingerprint, in: &fingerprintIndex) {
                fingerprints.append(
                    JournalReport.Fingerprint(
                        fingerprint: summary.fingerprint, invariantID: summary.invariantID,
                        severity: summary.severity, callSite: summary.callSite, firstSeen: time, lastSeen: time,
                        exampleEventID: summary.eventID))
            }
            fingerprints[fingerprint].add(time: time, adjusted: adjusted)
        }

        /// Adds what a later part of the journal counted.
        mutating func merge(_ later: Accumulator) {
            corruptLines += later.corruptLines.prefix(max(0, corruptLinesKept - corruptLines.count))
            skippedLines += later.skippedLines
            filteredOut += later.filteredOut
            count += later.count
            adjustedCount += later.adjustedCount
            firstSeen = min(firstSeen, later.firstSeen)
            lastSeen = max(lastSeen, later.lastSeen)
            histogram.merge(later.histogram)
            var ruleMap: [Int: Int] = [:]
            for (index, rule) in later.rules.enumerated() {
                let key = RuleKey(setID: rule.setID, ruleID: rule.ruleID)
                let position = Self.index(of: key, in: &ruleIndex) {
                    var fresh = rule
                    fresh.examples = []
                    fresh.count = 0
                    fresh.adjustedCount = 0
                    rules.append(fresh)
                    exampleAttempts.append(0)
                }
                ruleMap[index] = position
                rules[position].merge(rule)
            }
            for (index, origin) in later.origins.enumerated() {
                let position = Self.index(of: origin.origin, in: &originIndex) {
                    var fresh = origin
                    fresh.count = 0
                    fresh.adjustedCount = 0
                    origins.append(fresh)
                    originRules.append([])
                }
                origins[position].merge(origin)
                originRules[position].formUnion(later.originRules[index].map { ruleMap[$0]! })
            }
            for fingerprint in later.fingerprints {
                let position = Self.index(of: fingerprint.fingerprint, in: &fingerprintIndex) {
                    var fresh = fingerprint
                    fresh.count = 0
                    fresh.adjustedCount = 0
                    fingerprints.append(fresh)
                }
                fingerprints[position].merge(fingerprint)
            }
        }

        /// The index of `key`, after calling `append` to add its entry when it is new.
        private static func index<Key: Hashable>(
            of key: Key, in index: inout [Key: Int], append: () -> Void
        ) -> Int {
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

extension JournalReport.Rule {
    /// Adds a later part's counts; examples fill up to the limit, earlier ones first.
    fileprivate mutating func merge(_ later: JournalReport.Rule) {
        count += later.count
        adjustedCount += later.adjustedCount
        severity = max(severity, later.severity)
        firstSeen = min(firstSeen, later.firstSeen)
        lastSeen = max(lastSeen, later.lastSeen)
        for example in later.examples
        where examples.count < JournalReport.examplesPerRule && !examples.contains(where: { $0.input == example.input })
        {
            examples.append(example)
        }
    }
}

extension JournalReport.Origin {
    fileprivate mutating func merge(_ later: JournalReport.Origin) {
        count += later.count
        adjustedCount += later.adjustedCount
        firstSeen = min(firstSeen, later.firstSeen)
        lastSeen = max(lastSeen, later.lastSeen)
    }

    fileprivate mutating func add(time: Int64, adjusted: Double) {
        count += 1
        adjustedCount += adjusted
        firstSeen = min(firstSeen, time)
        lastSeen = max(lastSeen, time)
    }
}

extension JournalReport.Fingerprint {
    /// Adds a later part's counts; the example event stays the earliest part's.
    fileprivate mutating func merge(_ later: JournalReport.Fingerprint) {
        count += later.count
        adjustedCount += later.adjustedCount
        firstSeen = min(firstSeen, later.firstSeen)
        lastSeen = max(lastSeen, later.lastSeen)
    }

    fileprivate mutating func add(time: Int64, adjusted: Double) {
        count += 1
        adjustedCount += adjusted
        firstSeen = min(firstSeen, time)
        lastSeen = max(lastSeen, time)
    }
}
