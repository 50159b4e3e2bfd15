import Foundation
import Invariants

extension JournalReport {
    /// The report as pretty-printed JSON with sorted keys; the keys are stable and documented in
    /// `invariants report --help`.
    ///
    /// ```swift
    /// let data = try report.json()   // {"adjustedCount": 240, "count": 12, "fingerprints": [...], ...}
    /// ```
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(self))
    }

    private struct Document: Encodable {
        struct Filter: Encodable {
            var since: String?
            var sinceTimestamp: String?
            var rules: [String]
            var origin: String?
        }

        struct Rule: Encodable {
            var id, setID, ruleID, severity: String
            var count: Int
            var adjustedCount: Double
            var firstSeen, lastSeen: String
            var fingerprints: [String]
            var examples: [Example]
        }

        struct Example: Encodable {
            var eventID, message: String
            var input: Snapshot
        }

        struct Origin: Encodable {
            var origin: CodeOrigin
            var description: String
            var count: Int
            var adjustedCount: Double
            var firstSeen, lastSeen: String
            var rules: [String]
        }

        struct Fingerprint: Encodable {
            var fingerprint, invariantID, severity: String
            var callSite: CallSite
            var count: Int
            var adjustedCount: Double
            var firstSeen, lastSeen, exampleEventID: String
        }

        struct Bucket: Encodable {
            var start: String
            var count: Int
            var adjustedCount: Double
        }

        struct Timeline: Encodable {
            var bucketSeconds: Int64
            var buckets: [Bucket]
        }

        var files: [String]
        var filter: Filter
        var count: Int
        var adjustedCount: Double
        var filteredOut: Int
        var skippedLines: Int
        var firstSeen: String?
        var lastSeen: String?
        var rules: [Rule]
        var origins: [Origin]
        var fingerprints: [Fingerprint]
        var timeline: Timeline

        init(_ report: JournalReport) {
            files = report.files
            filter = Filter(
                since: report.filter.sinceText,
                sinceTimestamp: report.filter.sinceMilliseconds.map(ReportFormat.timestamp),
                rules: report.filter.rules.sorted(), origin: report.filter.origin)
            count = report.count
            adjustedCount = report.adjustedCount
            filteredOut = report.filteredOut
            skippedLines = report.skippedLines
            firstSeen = report.firstSeen.map(ReportFormat.timestamp)
            lastSeen = report.lastSeen.map(ReportFormat.timestamp)
            rules = report.rules.map { rule in
                Rule(
                    id: rule.invariantID, setID: rule.setID, ruleID: rule.ruleID, severity: rule.severity.rawValue,
                    count: rule.count, adjustedCount: rule.adjustedCount,
                    firstSeen: ReportFormat.timestamp(rule.firstSeen), lastSeen: ReportFormat.timestamp(rule.lastSeen),
                    fingerprints: rule.fingerprints,
                    examples: rule.examples.map { Example(eventID: $0.eventID, message: $0.message, input: $0.input) })
            }
            origins = report.origins.map { origin in
                Origin(
                    origin: origin.origin, description: origin.origin.description, count: origin.count,
                    adjustedCount: origin.adjustedCount, firstSeen: ReportFormat.timestamp(origin.firstSeen),
                    lastSeen: ReportFormat.timestamp(origin.lastSeen), rules: origin.rules)
            }
            fingerprints = report.fingerprints.map { fingerprint in
                Fingerprint(
                    fingerprint: fingerprint.fingerprint, invariantID: fingerprint.invariantID,
                    severity: fingerprint.severity.rawValue, callSite: fingerprint.callSite, count: fingerprint.count,
                    adjustedCount: fingerprint.adjustedCount, firstSeen: ReportFormat.timestamp(fingerprint.firstSeen),
                    lastSeen: ReportFormat.timestamp(fingerprint.lastSeen), exampleEventID: fingerprint.exampleEventID)
            }
            timeline = Timeline(
                bucketSeconds: report.bucketSeconds,
                buckets: report.timeline.map {
                    Bucket(start: ReportFormat.timestamp($0.start), count: $0.count, adjustedCount: $0.adjustedCount)
                })
        }
    }
}
