import Foundation
import Invariants

/// What a journal holds, aggregated once and rendered as text, JSON or HTML: violations by rule, by origin, by
/// fingerprint and over time, with example inputs. `invariants report` prints it; the demo prints it at its end.
///
/// ```swift
/// let report = try JournalReport(files: JournalFiles(["invariants-demo"]), filter: ReportFilter())
/// print(report.text())
/// try report.html().write(to: URL(fileURLWithPath: "report.html"), atomically: true, encoding: .utf8)
/// ```
struct JournalReport {
    /// One rule's violations.
    struct Rule {
        var setID: String
        var ruleID: String
        /// The most serious severity its records carry (a rule's severity rarely changes).
        var severity: Severity
        var count = 0
        /// Σ 1 / samplingRate: how many violations the sampled records stand for.
        var adjustedCount = 0.0
        var firstSeen: Int64
        var lastSeen: Int64
        /// Its fingerprints (call sites), most frequent first.
        var fingerprints: [String] = []
        /// Up to ``JournalReport/examplesPerRule`` distinct captured inputs, first seen first.
        var examples: [Example] = []

        var invariantID: String { setID + "/" + ruleID }
    }

    /// A captured input of a rule's violation.
    struct Example {
        var eventID: String
        var message: String
        var input: Snapshot
    }

    /// The violations of the code of one origin.
    struct Origin {
        var origin: CodeOrigin
        var count = 0
        var adjustedCount = 0.0
        var firstSeen: Int64
        var lastSeen: Int64
        /// The rules it broke, sorted.
        var rules: [String] = []
    }

    /// The violations of one rule at one call site.
    struct Fingerprint {
        var fingerprint: String
        var invariantID: String
        var severity: Severity
        var callSite: CallSite
        var count = 0
        var adjustedCount = 0.0
        var firstSeen: Int64
        var lastSeen: Int64
        /// The first event with this fingerprint.
        var exampleEventID: String
    }

    /// How many distinct example inputs a rule keeps.
    static let examplesPerRule = 3
    /// How many timeline buckets at most.
    static let maximumBuckets = 60

    /// The files read, in order.
    var files: [String] = []
    /// The filter applied.
    var filter = ReportFilter()
    /// Records kept by the filter.
    var count = 0
    /// Σ 1 / samplingRate over the records kept.
    var adjustedCount = 0.0
    /// Records the filter left out.
    var filteredOut = 0
    /// Lines that are not records (corrupt, torn, empty), skipped.
    var skippedLines = 0
    /// The first and last timestamps kept, in milliseconds since 1970.
    var firstSeen: Int64?
    var lastSeen: Int64?
    /// Most violations first (then by id).
    var rules: [Rule] = []
    /// Most violations first.
    var origins: [Origin] = []
    /// Most violations first.
    var fingerprints: [Fingerprint] = []
    /// The timeline's bucket width, in seconds.
    var bucketSeconds: Int64 = 1
    /// The timeline, oldest first, empty buckets included.
    var timeline: [TimeHistogram.Bucket] = []
}
