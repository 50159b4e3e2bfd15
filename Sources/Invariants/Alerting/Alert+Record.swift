import Foundation

extension Alert {
    /// A one-shot alert (new fingerprint, regression) about a single record.
    init(_ kind: Kind, rule: AlertRule, groupKey: String, record: ViolationRecord, at now: Date) {
        self.init(
            state: .firing, ruleName: rule.name, kind: kind, groupKey: groupKey, invariantIDs: [record.invariantID],
            count: record.adjustedCount, origin: record.origin, fingerprint: record.fingerprint,
            exampleEventID: record.eventID, firstSeen: record.timestamp, lastSeen: record.timestamp, raisedAt: now)
    }
}
