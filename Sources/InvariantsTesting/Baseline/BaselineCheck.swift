import Foundation

/// What `expectMatchesBaseline` and `XCTAssertMatchesBaseline` share: re-run, compare, report or re-record.
enum BaselineCheck {
    /// The environment variable that re-records baselines on purpose, as `SNAPSHOT_TESTING_RECORD` does for
    /// swift-snapshot-testing: `1`, `true`, `yes` or `all`.
    static let recordVariable = "INVARIANTS_RECORD_BASELINES"

    /// Whether the environment asks to re-record.
    static var recordingFromEnvironment: Bool {
        guard let value = ProcessInfo.processInfo.environment[recordVariable]?.lowercased() else { return false }
        return ["1", "true", "yes", "all"].contains(value)
    }

    /// The failure message, or `nil` when every pinned pair matches. When `record` is set, writes today's
    /// outputs to the file and returns a message saying so (a re-recording run always fails, once).
    static func failure<Input: Decodable, Output: Encodable>(
        of function: (Input) throws -> Output,
        baseline url: URL,
        tolerance: NumericTolerance,
        record: Bool
    ) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return "no baseline at \(url.path); record one with Baseline.record(_:inputs:to:) or "
                + "Baseline.record(_:over:count:seed:to:)"
        }
        do {
            let pinned = try Baseline(contentsOf: url)
            let today = try pinned.rerun(function)
            let comparison = today.compared(to: pinned, tolerance: tolerance)
            if record {
                try today.write(to: url)
                let what =
                    comparison.isIdentical ? "nothing had changed" : "\(comparison.changed.count) pairs had changed"
                return "re-recorded baseline \(url.path) (\(today.pairs.count) pairs, \(today.contentHash)): \(what). "
                    + "Run again without \(recordVariable) to assert against it."
            }
            if comparison.isIdentical { return nil }
            return "baseline \(pinned.name) (\(url.path)) no longer matches:\n" + comparison.report()
                + "\nIf the change is intended, re-record with \(recordVariable)=1."
        } catch {
            return String(describing: error)
        }
    }
}
