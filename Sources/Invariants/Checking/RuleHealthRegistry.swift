import Synchronization

/// The rule sets a monitor guards, with their counters: read for ``InvariantMonitor/ruleHealth`` and,
/// every reporter tick, turned into the adjusted check counts the violation-rate alerts divide by.
final class RuleHealthRegistry: Sendable {
    private struct Entry {
        var setID: String
        var rules: [RuleDescriptor]
        var counters: [RuleCounters?]
        /// Each rule's `evaluated` count at the last drain.
        var drained: [Int]
    }

    private let entries = Mutex<[Entry]>([])

    /// Adds a guarded set, once per set id (two guarded functions of one set share its counters).
    func register(setID: String, rules: [RuleDescriptor], counters: [RuleCounters?]) {
        entries.withLock { entries in
            guard !entries.contains(where: { $0.setID == setID }) else { return }
            let now = zip(rules, counters).map { rule, counters in counters?.health(of: rule).evaluated ?? 0 }
            entries.append(Entry(setID: setID, rules: rules, counters: counters, drained: now))
        }
    }

    /// Every registered rule's counts, set by set in registration order.
    var health: [RuleHealth] {
        entries.withLock { entries in
            entries.flatMap { entry in
                zip(entry.rules, entry.counters).map { rule, counters in
                    counters?.health(of: rule) ?? RuleHealth(rule: rule, evaluated: 0, failed: 0, errored: 0)
                }
            }
        }
    }

    /// The calls each set saw since the last drain, estimated from its rules' evaluations: a rule evaluated
    /// `n` times at rate `p` stands for `n / p` calls, and the set's estimate is the largest of its rules'
    /// (a rule inside a `When` is evaluated on fewer calls than the set saw). Sets without new evaluations
    /// are left out.
    func drainAdjustedChecks(rate: (RuleDescriptor, String) -> Double) -> [(setID: String, count: Double)] {
        entries.withLock { entries in
            var counts: [(setID: String, count: Double)] = []
            for index in entries.indices {
                var estimate = 0.0
                for (position, rule) in entries[index].rules.enumerated() {
                    guard let counters = entries[index].counters[position] else { continue }
                    let evaluated = counters.health(of: rule).evaluated
                    let new = evaluated - entries[index].drained[position]
                    entries[index].drained[position] = evaluated
                    guard new > 0 else { continue }
                    let probability = rate(rule, entries[index].setID)
                    estimate = max(estimate, Double(new) / (probability > 0 ? probability : 1))
                }
                if estimate > 0 { counts.append((entries[index].setID, estimate)) }
            }
            return counts
        }
    }
}
