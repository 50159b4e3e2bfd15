import Foundation

/// What the engine remembers about one group of one count or rate rule.
struct AlertGroup {
    /// The invariant IDs kept per group at most.
    static let invariantLimit = 32

    let key: String
    var window: SlidingWindow
    var invariantIDs: Set<String> = []
    var setIDs: Set<String> = []
    var origin: CodeOrigin = .unknown
    var fingerprint = ""
    var exampleEventID = ""
    var firstSeen: Date?
    var lastSeen = Date.distantPast
    var firing = false
    var lastNotified: Date?
    var newSinceNotified = false
    var aboveSince: Date?
    var belowSince: Date?
    var rate: Double?

    init(key: String, resolution: TimeInterval) {
        self.key = key
        self.window = SlidingWindow(resolution: resolution)
    }

    /// Whether the group holds nothing worth keeping.
    var isIdle: Bool { !firing && window.isEmpty && aboveSince == nil }

    /// Counts `record` in the group.
    mutating func add(_ record: ViolationRecord) {
        window.add(record.adjustedCount, at: record.timestamp)
        if invariantIDs.count < Self.invariantLimit { invariantIDs.insert(record.invariantID) }
        if setIDs.count < Self.invariantLimit { setIDs.insert(record.setID) }
        firstSeen = min(firstSeen ?? record.timestamp, record.timestamp)
        if record.timestamp >= lastSeen {
            lastSeen = record.timestamp
            origin = record.origin
            fingerprint = record.fingerprint
            exampleEventID = record.eventID
        }
        newSinceNotified = true
    }

    /// The alert this group raises now, for `rule`.
    func alert(_ state: Alert.State, rule: AlertRule, at now: Date) -> Alert {
        var alert = Alert(
            state: state, ruleName: rule.name, kind: .count, groupKey: key, invariantIDs: invariantIDs.sorted(),
            count: window.total, origin: origin, fingerprint: fingerprint, exampleEventID: exampleEventID,
            firstSeen: firstSeen ?? lastSeen, lastSeen: lastSeen, raisedAt: now)
        switch rule.kind {
        case .count(let threshold, let window):
            alert.window = window
            alert.threshold = Double(threshold)
        case .rate(let threshold, let window, _, _):
            alert.kind = .rate
            alert.window = window
            alert.threshold = threshold
            alert.rate = rate
        case .newFingerprint, .regression:
            break
        }
        return alert
    }
}
