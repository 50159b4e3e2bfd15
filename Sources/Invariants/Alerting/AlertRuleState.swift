import Foundation

/// What the engine remembers for one rule: its groups (count, rate) or the fingerprints it has seen.
struct AlertRuleState {
    var groups: [String: AlertGroup] = [:]
    private var seen: Set<String> = []
    private var seenOrder: [String] = []
    private var seenStart = 0

    /// Remembers `fingerprint`; returns whether it was new. Forgets the oldest past `limit` and
    /// reports how many it forgot.
    mutating func remember(_ fingerprint: String, limit: Int) -> (isNew: Bool, forgot: Int) {
        guard seen.insert(fingerprint).inserted else { return (false, 0) }
        seenOrder.append(fingerprint)
        var forgot = 0
        while seen.count > limit {
            seen.remove(seenOrder[seenStart])
            seenStart += 1
            forgot += 1
        }
        if seenStart > 1_024 && seenStart * 2 > seenOrder.count {
            seenOrder.removeFirst(seenStart)
            seenStart = 0
        }
        return (true, forgot)
    }

    /// Makes room for one more group under `limit`: drops the least recently violated group, preferring
    /// one that is not firing. Returns whether it dropped one.
    mutating func makeRoom(limit: Int) -> Bool {
        guard groups.count >= limit else { return false }
        let quiet = groups.values.filter { !$0.firing }
        let candidates = quiet.isEmpty ? Array(groups.values) : quiet
        guard let victim = candidates.min(by: { $0.lastSeen < $1.lastSeen }) else { return false }
        groups[victim.key] = nil
        return true
    }
}
