import Foundation
import Invariants

/// A scratch directory with a journal the test writes through the library's own `JournalSink`.
final class TestJournal {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// `violations.jsonl` in the directory.
    var url: URL { directory.appendingPathComponent("violations.jsonl") }
    var path: String { url.path }

    /// A file in the directory.
    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Appends records through a `JournalSink`, as a service would.
    func append(_ records: [ViolationRecord], rotation: JournalRotation = .default) throws {
        let sink = JournalSink(at: url, rotation: rotation)
        try sink.open()
        try sink.record(records)
    }

    /// Appends raw text (for corrupt or partial lines).
    func appendText(_ text: String, to url: URL? = nil) throws {
        let handle = try FileHandle(forWritingTo: url ?? self.url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// A record of `rule` (in set `pricing.quote` unless the rule has a `/`), with the given input and time.
    static func record(
        _ rule: String, id: Int, severity: Severity = .error, input: JSONValue = ["sku": "A"],
        at date: Date = Date(timeIntervalSince1970: 1_795_444_136), samplingRate: Double = 1,
        origin: CodeOrigin = .generated(by: "model-x", commit: "4be1c0d"),
        function: String = "quote(_:)", message: String = "tax was -0.01"
    ) -> ViolationRecord {
        let parts = rule.split(separator: "/").map(String.init)
        let hex = String(id, radix: 16)
        return ViolationRecord(
            eventID: String(repeating: "0", count: 32 - hex.count) + hex,
            timestamp: date,
            setID: parts.count == 2 ? parts[0] : "pricing.quote",
            ruleID: parts.last!,
            severity: severity,
            message: message,
            input: Snapshot(value: input, byteCount: input.serialized().utf8.count),
            output: Snapshot(value: ["tax": .number("-0.01")], byteCount: 14),
            origin: origin,
            callSite: CallSite(fileID: "Pricing/Quote.swift", function: function, line: 42),
            context: InvariantContext(requestID: "req-\(id)"),
            samplingRate: samplingRate
        )
    }
}

/// The JSON document a command printed, for asserting on its keys.
func jsonObject(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let dictionary = object as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
    return dictionary
}
