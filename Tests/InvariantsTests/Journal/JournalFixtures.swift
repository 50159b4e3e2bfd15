import Foundation
import Glibc
import Invariants

/// A fresh directory under the system's temporary directory, removed when released.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the directory.
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// `violations.jsonl` inside the directory.
    var journal: URL { file("violations.jsonl") }

    /// The `path` of a file in the directory.
    func path(_ name: String) -> String { file(name).path(percentEncoded: false) }

    /// The names of the files in the directory, sorted.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path(percentEncoded: false)).sorted()
    }
}

enum JournalFixtures {
    /// A record whose event ID is `index` as 32 hex digits; all lines of these records have the same size.
    static func record(_ index: Int, message: String = "tax -0.01 < 0") -> ViolationRecord {
        let hex = String(index, radix: 16)
        let eventID = String(repeating: "0", count: 32 - hex.count) + hex
        return ViolationRecord(
            eventID: eventID,
            timestamp: Date(timeIntervalSince1970: 1_795_444_136.123),
            setID: "pricing.quote",
            ruleID: "tax-non-negative",
            severity: .error,
            message: message,
            input: Snapshot(value: ["sku": "A", "path": "a/b"], byteCount: 24),
            output: Snapshot(value: ["tax": .number("-0.01")], byteCount: 14),
            origin: .generated(by: "model-x"),
            callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
            context: InvariantContext(requestID: "r-" + eventID)
        )
    }

    static func records(_ range: Range<Int>) -> [ViolationRecord] { range.map { record($0) } }

    /// The journal line of a record, with its newline, as the sink writes it.
    static func line(_ record: ViolationRecord) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(record) + Data("\n".utf8)
    }

    /// The permission bits of a file, such as `0o600`.
    static func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func contents(of url: URL) throws -> Data {
        try Data(contentsOf: url)
    }
}
