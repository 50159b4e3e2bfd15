// Records and scratch directories for the journal throughput benchmarks.

public import Foundation
public import Invariants

/// `count` records like the journal tests' fixtures (generated origin, request ID, two small snapshot
/// objects with decimal numbers, sampling rate 0.05): about 700 bytes per journal line.
public func makeJournalRecords(_ count: Int) -> [ViolationRecord] {
    (0..<count).map { index in
        let hex = String(index, radix: 16)
        let eventID = String(repeating: "0", count: 32 - hex.count) + hex
        return ViolationRecord(
            eventID: eventID,
            timestamp: Date(timeIntervalSince1970: 1_795_444_136.123),
            setID: "pricing.quote",
            ruleID: "tax-non-negative",
            severity: .error,
            owner: "pricing-team",
            tags: ["money", "tax"],
            message: "\\Quote.tax was -0.01",
            input: Snapshot(
                value: ["sku": "A-1", "unitPrice": .number("12.345"), "quantity": .number("2"), "currency": "EUR"],
                byteCount: 64
            ),
            output: Snapshot(value: ["tax": .number("-0.01"), "total": .number("24.68")], byteCount: 30),
            origin: .generated(by: "model-x", prompt: "sha256:0123456789abcdef"),
            callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
            context: InvariantContext(requestID: "r-" + eventID, tenant: "acme", traceID: eventID),
            samplingRate: 0.05
        )
    }
}

/// A fresh directory under the temporary directory; `remove()` deletes it.
public struct ScratchDirectory: Sendable {
    public let url: URL

    public init(_ name: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var journal: URL { url.appendingPathComponent("violations.jsonl") }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
