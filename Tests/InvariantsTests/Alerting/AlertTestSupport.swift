import Foundation
import Invariants
import Synchronization

/// A violation record at a given time, with everything else fixed, for alert tests.
func violation(
    _ ruleID: String = "tax-non-negative",
    of setID: String = "pricing.quote",
    at timestamp: Date,
    samplingRate: Double = 1,
    fingerprint: String? = nil,
    origin: CodeOrigin = .generated(by: "model-x"),
    eventID: String = "3f2a0000000000000000000000000001"
) -> ViolationRecord {
    ViolationRecord(
        eventID: eventID,
        timestamp: timestamp,
        setID: setID,
        ruleID: ruleID,
        message: "\\Quote.tax was -0.01",
        input: Snapshot(),
        output: Snapshot(),
        origin: origin,
        callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
        fingerprint: fingerprint ?? "fp-" + ruleID,
        context: InvariantContext(),
        samplingRate: samplingRate
    )
}

/// Collects what a channel receives.
final class AlertInbox: Sendable {
    private let received = Mutex<[Alert]>([])

    /// Every alert received, in order.
    var alerts: [Alert] { received.withLock { $0 } }

    /// `firing` / `resolved` of every alert received, in order.
    var states: [Alert.State] { alerts.map(\.state) }

    /// A channel that appends to this inbox.
    var channel: ClosureAlertChannel {
        .closure(name: "inbox") { [self] alert in received.withLock { $0.append(alert) } }
    }
}
