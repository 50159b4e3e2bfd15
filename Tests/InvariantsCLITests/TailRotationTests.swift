import Foundation
import Invariants
import Testing

/// `tail` under fast rotation: the journal rotates many times between two of tail's looks, and tail still
/// prints every record once, in order, reading the rotated files it has not seen.
struct TailRotationTests {
    @Test func followsFastRotationWithoutSkippingAFile() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--interval", "200")
        #expect(tail.wait { tail.hasRead(toEndOf: journal.path) })

        // 5,000 records/s for 2 s into 100 KB files (about 150 records a file, 30 rotations a second), with
        // the default 5 rotated files kept: between two of tail's 200 ms looks the journal rotates 6 times.
        let sink = JournalSink(at: journal.url, rotation: JournalRotation(maxBytes: 100_000, maxFiles: 5))
        try sink.open()
        let total = 10_000
        let start = ContinuousClock.now
        for batch in 0..<(total / 50) {
            let first = 2 + batch * 50
            try sink.record((first..<(first + 50)).map { TestJournal.record("tax-non-negative", id: $0) })
            let due = start + .milliseconds(10 * (batch + 1))
            if ContinuousClock.now < due { Thread.sleep(forTimeInterval: (due - ContinuousClock.now).seconds) }
        }
        try sink.close()
        let rotatedFiles = try FileManager.default.contentsOfDirectory(atPath: journal.directory.path)
        #expect(rotatedFiles.count == 6)  // the active file and 5 rotated ones: the cap was reached

        #expect(tail.wait(upTo: 60) { tail.lines.count >= total })
        let events = tail.lines.compactMap { line in
            line.range(of: "event ").map { String(line[$0.upperBound...].prefix(32)) }
        }
        #expect(events.count == total)
        let expected = (2..<(2 + total)).map { id in
            let hex = String(id, radix: 16)
            return String(repeating: "0", count: 32 - hex.count) + hex
        }
        #expect(events == expected, "tail printed \(events.count) of \(total) records, or out of order")
        #expect(tail.standardError.isEmpty, "\(tail.standardError)")
        #expect(tail.terminate() == 0)
    }

    @Test func aLineLongerThanTheLimitIsReportedAndSkipped() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let tail = try RunningCommand("tail", journal.path, "--from-start", "--max-line-bytes", "4096")
        #expect(tail.wait { tail.lines.count == 1 })
        try journal.appendText(String(repeating: "x", count: 100_000) + "\n")
        try journal.append([TestJournal.record("tax-non-negative", id: 3)])
        #expect(tail.wait { tail.lines.count == 2 })
        #expect(tail.wait { !tail.standardError.isEmpty })
        #expect(
            tail.standardError
                == "\(journal.path):2: line longer than 4096 bytes (raise the limit with --max-line-bytes); skipped\n")
        #expect(tail.terminate() == 0)
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
