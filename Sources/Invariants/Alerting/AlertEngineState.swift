import Foundation

/// The alert engine's memory and transitions; every method runs under the engine's lock and returns the
/// alerts to deliver once the lock is released.
struct AlertEngineState {
    let rules: [AlertRule]
    var ruleStates: [AlertRuleState]
    var stats = AlertEngineStats()
    /// Adjusted checks per rule set, kept as long as the longest rate window.
    var checks: [String: SlidingWindow] = [:]
    /// When the latest count or rate alert about an invariant resolved, for regression rules.
    var resolved: [String: Date] = [:]
    let groupLimit: Int
    let memoryLimit: Int
    private let checkSpan: TimeInterval?
    private let checkResolution: TimeInterval
    private let tracksResolutions: Bool

    init(rules: [AlertRule], groupLimit: Int, memoryLimit: Int) {
        self.rules = rules
        self.ruleStates = Array(repeating: AlertRuleState(), count: rules.count)
        self.groupLimit = groupLimit
        self.memoryLimit = memoryLimit
        let rateWindows = rules.compactMap { rule -> TimeInterval? in
            if case .rate(_, let window, _, _) = rule.kind { return window.timeInterval }
            return nil
        }
        self.checkSpan = rateWindows.max()
        self.checkResolution = (rateWindows.min() ?? 1) / 1_000
        self.tracksResolutions = rules.contains { if case .regression = $0.kind { true } else { false } }
    }

    /// Counts checks of `setID`; only rate rules need them, so without one this does nothing.
    mutating func observeChecks(setID: String, count: Double, at time: Date, now: Date) -> [AlertDelivery] {
        guard checkSpan != nil, count > 0, count.isFinite else { return [] }
        checks[setID, default: SlidingWindow(resolution: checkResolution)].add(count, at: time)
        return evaluate(at: now)
    }

    /// Takes in a batch of records, then evaluates every rule at `now`.
    mutating func observe(_ records: [ViolationRecord], now: Date) -> [AlertDelivery] {
        var deliveries = regressions(in: records, now: now)
        for index in rules.indices {
            let rule = rules[index]
            switch rule.kind {
            case .count(_, let window), .rate(_, let window, _, _):
                let cutoff = now.addingTimeInterval(-window.timeInterval)
                for record in records where record.timestamp > cutoff {
                    add(record, to: index, resolution: window.timeInterval / 1_000)
                }
            case .newFingerprint(let known):
                for record in records where !known.contains(record.fingerprint) {
                    let (isNew, forgot) = ruleStates[index].remember(record.fingerprint, limit: memoryLimit)
                    stats.forgotten += forgot
                    guard isNew else { continue }
                    let alert = Alert(
                        .newFingerprint, rule: rule, groupKey: record.fingerprint, record: record, at: now)
                    deliveries.append(AlertDelivery(alert: alert, channels: rule.channels))
                }
            case .regression:
                break
            }
        }
        return deliveries + evaluate(at: now)
    }

    /// The alerts of groups that are firing, by rule then group key.
    func firing(at now: Date) -> [Alert] {
        rules.indices.flatMap { index in
            ruleStates[index].groups.values.filter(\.firing).sorted { $0.key < $1.key }.map {
                $0.alert(.firing, rule: rules[index], at: now)
            }
        }
    }

    private mutating func add(_ record: ViolationRecord, to index: Int, resolution: TimeInterval) {
        let key = rules[index].grouping.key(for: record)
        if ruleStates[index].groups[key] == nil {
            if ruleStates[index].makeRoom(limit: groupLimit) { stats.evictedGroups += 1 }
            ruleStates[index].groups[key] = AlertGroup(key: key, resolution: resolution)
        }
        ruleStates[index].groups[key]!.add(record)
    }

    /// One-shot regression alerts for records that break an invariant after its alert resolved.
    private mutating func regressions(in records: [ViolationRecord], now: Date) -> [AlertDelivery] {
        guard tracksResolutions, !resolved.isEmpty else { return [] }
        var deliveries: [AlertDelivery] = []
        for record in records {
            guard let resolvedAt = resolved[record.invariantID], record.timestamp > resolvedAt else { continue }
            resolved[record.invariantID] = nil
            for rule in rules {
                guard case .regression = rule.kind else { continue }
                let key = rule.grouping.key(for: record)
                let alert = Alert(.regression, rule: rule, groupKey: key, record: record, at: now)
                deliveries.append(AlertDelivery(alert: alert, channels: rule.channels))
            }
        }
        return deliveries
    }

    /// Remembers that the alert about `invariantIDs` resolved at `now`, for regression rules.
    mutating func noteResolved(_ invariantIDs: Set<String>, at now: Date) {
        guard tracksResolutions else { return }
        for id in invariantIDs { resolved[id] = now }
        while resolved.count > memoryLimit, let oldest = resolved.min(by: { $0.value < $1.value }) {
            resolved[oldest.key] = nil
            stats.forgotten += 1
        }
    }

    /// Drops checks older than the longest rate window.
    mutating func pruneChecks(at now: Date) {
        guard let checkSpan else { return }
        let cutoff = now.addingTimeInterval(-checkSpan)
        for setID in checks.keys {
            checks[setID]!.prune(through: cutoff)
            if checks[setID]!.isEmpty { checks[setID] = nil }
        }
    }

    /// Adjusted checks of `setIDs` after `cutoff`.
    func checkCount(of setIDs: Set<String>, after cutoff: Date) -> Double {
        setIDs.reduce(0) { $0 + (checks[$1]?.sum(after: cutoff) ?? 0) }
    }
}
