import Foundation
import Invariants

/// The regression cases an export collects: one per distinct input of each rule, in the order first seen.
///
/// ```swift
/// var export = RegressionExport()
/// try export.add(record)
/// try export.fixture().write(to: url)   // one RegressionCase per line
/// ```
struct RegressionExport {
    private struct Key: Hashable {
        var invariantID: String
        var input: Snapshot
    }

    /// The cases, oldest first.
    private(set) var cases: [RegressionCase] = []
    /// Records that matched, duplicates included.
    private(set) var matched = 0
    /// Every rule seen in the journals, matched or not (for the error when nothing matched).
    private(set) var knownRules: Set<String> = []
    private var keys: Set<Key> = []

    mutating func seen(_ invariantID: String) {
        if !knownRules.contains(invariantID) { knownRules.insert(invariantID) }
    }

    /// Adds the record's input unless the rule already has a case with the same input.
    mutating func add(_ record: ViolationRecord) {
        matched += 1
        guard keys.insert(Key(invariantID: record.invariantID, input: record.input)).inserted else { return }
        cases.append(RegressionCase(record, note: record.message))
    }

    /// The fixture: one case per line as compact JSON with sorted keys, each line ending in a newline.
    func fixture() throws -> Data {
        try Self.fixture(of: cases)
    }

    /// `cases` as a fixture: one case per line as compact JSON with sorted keys.
    static func fixture(of cases: [RegressionCase]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for regression in cases {
            data.append(try encoder.encode(regression))
            data.append(0x0A)
        }
        return data
    }
}
