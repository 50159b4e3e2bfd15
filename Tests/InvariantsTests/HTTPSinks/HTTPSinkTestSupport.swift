import Foundation
import Invariants

/// A record with every field the HTTP sinks export filled in, at a fixed time.
func httpSinkRecord(
    _ ruleID: String = "tax-non-negative",
    eventID: String = "3f2a0000000000000000000000000001",
    traceID: String? = "4bf92f3577b34da6a3ce929d0e0e4736",
    output: Snapshot = Snapshot(text: "Quote(tax: -0.01)")
) -> ViolationRecord {
    ViolationRecord(
        eventID: eventID,
        timestamp: Date(timeIntervalSince1970: 1_800_000_000.123),
        setID: "pricing.quote",
        ruleID: ruleID,
        severity: .critical,
        owner: "payments",
        message: "Quote.tax was -0.01",
        ruleError: "division by zero",
        input: Snapshot(value: .object(["total": .number("12.345"), "token": .string("[REDACTED]")])),
        output: output,
        origin: .generated(by: "model-x", prompt: "sha256:ab12"),
        callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
        fingerprint: "9c1e2f3a4b5c6d7e",
        context: InvariantContext(requestID: "req-1", tenant: "acme", traceID: traceID),
        samplingRate: 0.25
    )
}

/// The records of a webhook sink's request body.
func decodedRecords(_ body: String) throws -> [ViolationRecord] {
    struct Payload: Decodable { var records: [ViolationRecord] }
    return try JSONDecoder().decode(Payload.self, from: Data(body.utf8)).records
}

/// Seconds elapsed since `start` on the monotonic clock.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let (whole, attoseconds) = (ContinuousClock.now - start).components
    return Double(whole) + Double(attoseconds) / 1e18
}
