// Reporting a 1,000,000-record journal (issue 5: "reported in under 10 s on this machine").
//
// The journal is generated once, through JournalSink, into $TMPDIR/swift-invariants-bench/journal-1M/ (kept
// between runs; delete the folder to regenerate): 5 rules, 3 call sites, 2 origins, carts like the demo's as
// input, sampling rate 0.05, one record every 0.6 s (a week), default 64 MiB rotation keeping every file.
//
//   journal.report-binary.1M   `invariants report <journal> --json` run as a process: what a person waits for.
//                              The binary is $INVARIANTS_BINARY, or ../.build/release/invariants (build it with
//                              `swift build -c release --product invariants` at the root first).
//   journal.scan-summaries.1M  JournalReader.forEachSummary over the journal, counting per rule: the library's
//                              fast path, in process.
//   journal.read-records.1M    JournalReader.forEach decoding whole records: the path reports used before.

import Benchmark
import Foundation
import Invariants

let benchmarks: @Sendable () -> Void = {
    let journal = JournalFixture.journalURL()
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(120),
        maxIterations: 3
    )

    Benchmark("journal.report-binary.1M", configuration: configuration) { benchmark in
        let binary = JournalFixture.reportBinary()
        for _ in benchmark.scaledIterations {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["report", journal.path, "--json"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            precondition(process.terminationStatus == 0, "invariants report failed")
        }
    }

    Benchmark("journal.scan-summaries.1M", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            var counts: [String: Int] = [:]
            try JournalReader(journalAt: journal).forEachSummary { entry, _ in
                if case .record(let summary, _) = entry { counts[summary.ruleID, default: 0] += 1 }
            }
            precondition(counts.values.reduce(0, +) == JournalFixture.records)
            blackHole(counts)
        }
    }

    Benchmark("journal.read-records.1M", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            var count = 0
            try JournalReader(journalAt: journal).forEach { entry in
                if entry.record != nil { count += 1 }
            }
            precondition(count == JournalFixture.records)
        }
    }
}

enum JournalFixture {
    static let records = 1_000_000

    /// The journal's active file, generated on first use.
    static func journalURL() -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("swift-invariants-bench/journal-1M")
        let journal = directory.appendingPathComponent("violations.jsonl")
        let marker = directory.appendingPathComponent("complete")
        if FileManager.default.fileExists(atPath: marker.path) { return journal }
        try? FileManager.default.removeItem(at: directory)
        do {
            try generate(at: journal)
            try Data("\(records)\n".utf8).write(to: marker)
        } catch {
            fatalError("cannot generate the benchmark journal at \(journal.path): \(error)")
        }
        return journal
    }

    static func reportBinary() -> URL {
        let path =
            ProcessInfo.processInfo.environment["INVARIANTS_BINARY"]
            ?? FileManager.default.currentDirectoryPath + "/../.build/release/invariants"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            fatalError(
                "no invariants binary at \(path): run `swift build -c release --product invariants` at the root "
                    + "or set INVARIANTS_BINARY")
        }
        return URL(fileURLWithPath: path)
    }

    private static func generate(at url: URL) throws {
        let sink = JournalSink(
            at: url, rotation: JournalRotation(maxBytes: 64 << 20, maxFiles: 100), durability: .none)
        try sink.open()
        let rules: [(String, String, Severity)] = [
            ("pricing.quote", "exempt-pays-no-tax", .critical), ("pricing.quote", "tax-non-negative", .error),
            ("pricing.quote", "currency-preserved", .error), ("auth.check", "suspended-denied", .critical),
            ("recs.list", "categories-kept", .warning),
        ]
        let sites = [
            CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
            CallSite(fileID: "Pricing/Reprice.swift", function: "reprice(_:)", line: 17),
            CallSite(fileID: "Auth/Check.swift", function: "check(_:)", line: 88),
        ]
        let origins = [
            CodeOrigin.generated(by: "assistant-model-2026-10", prompt: "sha256:9f2c41d7", commit: "4be1c0d"),
            CodeOrigin.human(commit: "77aa01c"),
        ]
        let start = Date(timeIntervalSince1970: 1_795_400_000)
        var batch: [ViolationRecord] = []
        batch.reserveCapacity(1_000)
        for index in 0..<records {
            let rule = rules[index % rules.count]
            let cents = index % 10_000
            let input: JSONValue = [
                "tenant": .string("tenant-\(index % 7)"), "currency": "EUR", "taxExempt": true,
                "cardNumber": "[Filtered]",
                "lines": [
                    ["sku": "chair", "quantity": .number(String(index % 5 + 1)), "unitPrice": .number("25.4")],
                    ["sku": "lamp", "quantity": 3, "unitPrice": .number("\(cents / 100).\(cents % 100)")],
                    ["sku": "book", "quantity": 5, "unitPrice": .number("4.6")],
                ],
            ]
            batch.append(
                ViolationRecord(
                    timestamp: start.addingTimeInterval(Double(index) * 0.6),
                    setID: rule.0, ruleID: rule.1, severity: rule.2,
                    message: "\\Quote.tax was \(cents / 100).\(cents % 100)",
                    input: Snapshot(value: input, redactedPaths: ["cardNumber"], byteCount: 240),
                    output: Snapshot(
                        value: ["tax": .number("\(cents / 100).\(cents % 100)"), "currency": "EUR"], byteCount: 40),
                    origin: origins[index % 3 == 0 ? 1 : 0],
                    callSite: sites[index % sites.count],
                    context: InvariantContext(requestID: "req-\(index)", tenant: "tenant-\(index % 7)"),
                    samplingRate: 0.05))
            if batch.count == 1_000 {
                try sink.record(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try sink.record(batch) }
    }
}
