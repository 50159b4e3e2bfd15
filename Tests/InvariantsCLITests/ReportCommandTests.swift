import Foundation
import Invariants
import Testing

@testable import InvariantsCLI

struct ReportCommandTests {
    /// Three rules, two call sites, two origins, sampled at 0.5 and 1.
    private func writeMixedJournal(_ journal: TestJournal) throws {
        let start = Date(timeIntervalSince1970: 1_795_444_136)
        var records: [ViolationRecord] = []
        for index in 0..<6 {
            records.append(
                TestJournal.record(
                    "tax-non-negative", id: index, input: ["sku": .string("S\(index % 2)")],
                    at: start.addingTimeInterval(Double(index) * 60), samplingRate: 0.5,
                    function: index < 4 ? "quote(_:)" : "reprice(_:)"))
        }
        for index in 6..<9 {
            records.append(
                TestJournal.record(
                    "auth.check/suspended-denied", id: index, severity: .critical,
                    at: start.addingTimeInterval(Double(index) * 60), origin: .human(commit: "77aa01")))
        }
        records.append(
            TestJournal.record("currency-preserved", id: 9, severity: .warning, at: start.addingTimeInterval(3600)))
        try journal.append(records)
    }

    @Test func jsonGroupsByRuleOriginFingerprintAndTime() throws {
        let journal = try TestJournal()
        try writeMixedJournal(journal)
        let result = try CLIRunner.run("report", journal.path, "--json")
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let report = try jsonObject(result.standardOutput)
        #expect(report["count"] as? Int == 10)
        #expect(report["adjustedCount"] as? Double == 16)  // 6 × 2 + 3 + 1
        #expect(report["skippedLines"] as? Int == 0)
        #expect(report["firstSeen"] as? String == "2026-11-23T14:28:56.000Z")
        #expect(report["lastSeen"] as? String == "2026-11-23T15:28:56.000Z")

        let rules = try #require(report["rules"] as? [[String: Any]])
        #expect(
            rules.map { $0["id"] as? String } == [
                "pricing.quote/tax-non-negative", "auth.check/suspended-denied", "pricing.quote/currency-preserved",
            ])
        #expect(rules[0]["count"] as? Int == 6)
        #expect(rules[0]["adjustedCount"] as? Double == 12)
        #expect(rules[0]["severity"] as? String == "error")
        #expect(rules[0]["firstSeen"] as? String == "2026-11-23T14:28:56.000Z")
        #expect(rules[0]["lastSeen"] as? String == "2026-11-23T14:33:56.000Z")
        #expect((rules[0]["fingerprints"] as? [String])?.count == 2)
        // Two distinct inputs (S0, S1), each shown once.
        let examples = try #require(rules[0]["examples"] as? [[String: Any]])
        #expect(
            examples.map { $0["eventID"] as? String } == [
                String(repeating: "0", count: 32), String(repeating: "0", count: 31) + "1",
            ])
        #expect(rules[1]["severity"] as? String == "critical")

        let origins = try #require(report["origins"] as? [[String: Any]])
        #expect(origins.map { $0["count"] as? Int } == [7, 3])
        #expect(origins[1]["description"] as? String == "written by a human (commit 77aa01)")
        #expect(origins[1]["rules"] as? [String] == ["auth.check/suspended-denied"])

        let fingerprints = try #require(report["fingerprints"] as? [[String: Any]])
        #expect(fingerprints.count == 4)
        let quoteSite = try #require(
            fingerprints.first {
                ($0["callSite"] as? [String: Any])?["function"] as? String == "quote(_:)"
                    && $0["invariantID"] as? String == "pricing.quote/tax-non-negative"
            })
        #expect(quoteSite["count"] as? Int == 4)
        #expect(quoteSite["exampleEventID"] as? String == String(repeating: "0", count: 32))
        #expect(
            quoteSite["fingerprint"] as? String
                == Fingerprint.of(
                    invariantID: "pricing.quote/tax-non-negative",
                    callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 1)))

        // An hour and a bit: 5-minute buckets, every record in one of them.
        let timeline = try #require(report["timeline"] as? [String: Any])
        #expect(timeline["bucketSeconds"] as? Int == 300)
        let buckets = try #require(timeline["buckets"] as? [[String: Any]])
        #expect(buckets.compactMap { $0["count"] as? Int }.reduce(0, +) == 10)
        #expect(buckets.first?["start"] as? String == "2026-11-23T14:25:00.000Z")
        #expect(buckets.map { $0["count"] as? Int }.prefix(3) == [2, 5, 2])
    }

    @Test func textListsRulesOriginsFingerprintsAndTimeline() throws {
        let journal = try TestJournal()
        try writeMixedJournal(journal)
        let result = try CLIRunner.run("report", journal.path)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "10 violations (adjusted 16) from 2026-11-23T14:28:56.000Z to 2026-11-23T15:28:56.000Z, in 1 file")
        #expect(
            lines.contains {
                $0.hasSuffix("pricing.quote/tax-non-negative") && $0.contains("       6        12  error")
            })
        #expect(lines.contains { $0.contains("written by a human (commit 77aa01) — auth.check/suspended-denied") })
        #expect(lines.contains("OVER TIME (5m buckets)"))
        #expect(
            lines.contains { $0.hasPrefix("  11-23 14:30") && $0.hasSuffix(" 5  " + String(repeating: "#", count: 40)) }
        )
    }

    @Test func filtersBySinceRuleAndOrigin() throws {
        let journal = try TestJournal()
        let now = Date()
        try journal.append([
            TestJournal.record("tax-non-negative", id: 1, at: now.addingTimeInterval(-3 * 3600)),
            TestJournal.record("tax-non-negative", id: 2, at: now.addingTimeInterval(-600)),
            TestJournal.record("currency-preserved", id: 3, at: now.addingTimeInterval(-300), origin: .human()),
        ])
        let recent = try jsonObject(try CLIRunner.run("report", journal.path, "--json", "--since", "1h").standardOutput)
        #expect(recent["count"] as? Int == 2)
        #expect(recent["filteredOut"] as? Int == 1)

        let cutoff = ISO8601DateFormatter().string(from: now.addingTimeInterval(-3600))
        let sinceTimestamp = try jsonObject(
            try CLIRunner.run("report", journal.path, "--json", "--since", cutoff).standardOutput)
        #expect(sinceTimestamp["count"] as? Int == 2)

        let byRule = try jsonObject(
            try CLIRunner.run("report", journal.path, "--json", "--rule", "pricing.quote/tax-non-negative")
                .standardOutput)
        #expect(byRule["count"] as? Int == 2)
        let byBareRule = try jsonObject(
            try CLIRunner.run("report", journal.path, "--json", "--rule", "currency-preserved", "--rule", "nope")
                .standardOutput)
        #expect(byBareRule["count"] as? Int == 1)

        let byOrigin = try jsonObject(
            try CLIRunner.run("report", journal.path, "--json", "--origin", "MODEL-X").standardOutput)
        #expect(byOrigin["count"] as? Int == 2)
        let text = try CLIRunner.run("report", journal.path, "--origin", "human", "--since", "2h")
        #expect(text.standardOutput.hasPrefix("1 violation (adjusted 1) from "))
        #expect(text.standardOutput.contains("; 2 filtered out (since 2h, origin human)"))
    }

    @Test func aJournalBasePathBringsItsRotatedFilesOldestFirst() throws {
        let journal = try TestJournal()
        let rotation = JournalRotation(maxBytes: 2_000, maxFiles: 10)
        for index in 0..<12 {
            try journal.append(
                [
                    TestJournal.record(
                        "tax-non-negative", id: index, at: Date(timeIntervalSince1970: 1_795_444_136 + Double(index)))
                ],
                rotation: rotation)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: journal.directory.path)
        #expect(names.contains("violations.1.jsonl"))
        for argument in [journal.path, journal.directory.path] {
            let report = try jsonObject(try CLIRunner.run("report", argument, "--json").standardOutput)
            #expect(report["count"] as? Int == 12)
            #expect((report["files"] as? [String])?.last?.hasSuffix("/violations.jsonl") == true)
            #expect((report["files"] as? [String])?.count == names.filter { $0.hasSuffix(".jsonl") }.count)
            let rules = try #require(report["rules"] as? [[String: Any]])
            #expect(
                (rules[0]["examples"] as? [[String: Any]])?.first?["eventID"] as? String
                    == String(repeating: "0", count: 32))
        }
    }

    @Test func aCorruptLineIsReportedWithFileAndLineAndSkipped() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        try journal.appendText("{\"schema\": 1, oops\n")
        try journal.append([TestJournal.record("tax-non-negative", id: 2)])
        try journal.appendText("{\"torn")
        let result = try CLIRunner.run("report", journal.path, "--json")
        #expect(result.status == 0)
        let errors = result.standardError.split(separator: "\n").map(String.init)
        #expect(errors.count == 2)
        #expect(errors.first == "\(journal.path):2: not valid JSON at column 15: expected a string key after ','")
        #expect(errors.last == "\(journal.path):4: torn last line (no newline)")
        let report = try jsonObject(result.standardOutput)
        #expect(report["count"] as? Int == 2)
        #expect(report["skippedLines"] as? Int == 2)
    }

    @Test func manyCorruptLinesArePrintedUpTo50ThenCounted() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        try journal.appendText(String(repeating: "x\n", count: 60))
        let result = try CLIRunner.run("report", journal.path, "--json")
        #expect(result.status == 0)
        let errors = result.standardError.split(separator: "\n").map(String.init)
        #expect(errors.count == 51)
        #expect(errors[49].hasPrefix("\(journal.path):51: not valid JSON"))
        #expect(errors.last == "invariants report: 10 more corrupt lines not shown (60 in all)")
        #expect(try jsonObject(result.standardOutput)["skippedLines"] as? Int == 60)
    }

    @Test func badInputGetsOneClearLineAndExitCode2() throws {
        let missing = try CLIRunner.run("report", "/nonexistent/violations.jsonl")
        #expect(missing.status == 2)
        #expect(missing.standardError == "invariants report: no such journal file: /nonexistent/violations.jsonl\n")
        let none = try CLIRunner.run("report")
        #expect(none.status == 2)
        #expect(none.standardError == "invariants report: missing JOURNAL: name a journal file or directory\n")

        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let unknown = try CLIRunner.run("report", journal.path, "--csv")
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "invariants report: unknown option '--csv'; see 'invariants report --help'\n")
        let badSince = try CLIRunner.run("report", journal.path, "--since", "yesterday")
        #expect(badSince.status == 2)
        #expect(
            badSince.standardError
                == "invariants report: --since expects an RFC 3339 timestamp (2026-11-23T14:00:00Z) or a duration (90s, 15m, 2h, 7d), got 'yesterday'\n"
        )
        let both = try CLIRunner.run("report", journal.path, "--json", "--html", journal.file("r.html").path)
        #expect(both.status == 2)
        #expect(both.standardError == "invariants report: --json and --html cannot be combined\n")
        let help = try CLIRunner.run("report", "--help")
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("JSON KEYS (stable)"))
    }

    @Test func reportsTheDemosJournal() throws {
        let journal = try TestJournal()
        let demo = try CLIRunner.run("demo", "--seconds", "0", "--calls", "40", "--out", journal.directory.path)
        #expect(demo.status == 0)
        let recorded = try JournalReader(journalAt: journal.url).records()
        let result = try CLIRunner.run("report", journal.directory.path, "--json", "--rule", "exempt-pays-no-tax")
        #expect(result.status == 0)
        let report = try jsonObject(result.standardOutput)
        #expect(report["count"] as? Int == recorded.count)
        #expect(recorded.count > 3)
        let rules = try #require(report["rules"] as? [[String: Any]])
        #expect(rules.first?["severity"] as? String == "critical")
        let example = try #require((rules.first?["examples"] as? [[String: Any]])?.first)
        #expect((example["input"] as? [String: Any])?["redactedPaths"] as? [String] == ["cardNumber"])
        #expect(!result.standardOutput.contains("4111 1111"))
    }
}

struct JournalReportMergeTests {
    /// The same journal read in one piece and in parallel parts gives the same report.
    @Test func aParallelReadGivesTheSameReportAsASequentialOne() throws {
        let journal = try TestJournal()
        var records: [ViolationRecord] = []
        for index in 0..<300 {
            let rule = ["tax-non-negative", "currency-preserved", "auth.check/suspended-denied"][index % 3]
            records.append(
                TestJournal.record(
                    rule, id: index, input: ["n": .number(String(index % 4))],
                    at: Date(timeIntervalSince1970: 1_795_444_136 + Double(index) * 7),
                    samplingRate: index % 2 == 0 ? 0.1 : 1,
                    origin: index % 5 == 0 ? .human() : .generated(by: "model-x"),
                    function: index % 4 == 0 ? "reprice(_:)" : "quote(_:)"))
        }
        try journal.append(Array(records[..<150]), rotation: JournalRotation(maxBytes: 30_000, maxFiles: 50))
        try journal.appendText("garbage\n")
        try journal.append(Array(records[150...]), rotation: JournalRotation(maxBytes: 30_000, maxFiles: 50))
        let files = try JournalFiles([journal.path])
        var sequentialCorrupt: [String] = []
        let sequential = try JournalReport(files: files, filter: ReportFilter(), parallelAbove: .max) {
            sequentialCorrupt.append("\($0):\($1)")
        }
        var parallelCorrupt: [String] = []
        let parallel = try JournalReport(files: files, filter: ReportFilter(), parallelAbove: 0) {
            parallelCorrupt.append("\($0):\($1)")
        }
        #expect(sequential.count == 300)
        #expect(sequential.skippedLines == 1)
        #expect(parallelCorrupt == sequentialCorrupt)
        #expect(
            String(decoding: try parallel.json(), as: UTF8.self)
                == String(decoding: try sequential.json(), as: UTF8.self))
        #expect(parallel.text() == sequential.text())
    }
}
