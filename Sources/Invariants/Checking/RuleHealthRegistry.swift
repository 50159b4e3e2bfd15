import Synchronization

/// The tallies of a monitor's guarded functions: read for ``InvariantMonitor/ruleHealth`` and, every
/// reporter tick, turned into the adjusted check counts the violation-rate alerts divide by.
final class RuleHealthRegistry: Sendable {
    private struct Entry {
        var setID: String
        var rules: [RuleDescriptor]
        var tallies: [RuleTally]
        /// The counts of the tallies of functions that are gone, by `kind.rawValue * rules.count + ordinal`.
        var retired: [Int]
        /// Each rule's summed `evaluated` count at the last drain.
        var drained: [Int]
        /// Whether the evaluations estimate the set's calls for rate alerts; not for relations, which
        /// have their own sampler.
        var estimatesChecks = true

        func sum(_ kind: RuleTally.Kind, ordinal: Int) -> Int {
            tallies.reduce(retired[kind.rawValue * rules.count + ordinal]) { $0 + $1.value(kind, ordinal: ordinal) }
        }
    }

    private let entries = Mutex<[Entry]>([])

    /// Adds a guarded function's tally; functions guarding sets with the same id are counted together.
    func register(setID: String, rules: [RuleDescriptor], tally: RuleTally, estimatesChecks: Bool = true) {
        entries.withLock { entries in
            if let index = entries.firstIndex(where: { $0.setID == setID && $0.rules == rules }) {
                entries[index].tallies.append(tally)
            } else {
                entries.append(
                    Entry(
                        setID: setID, rules: rules, tallies: [tally],
                        retired: Array(repeating: 0, count: 3 * rules.count),
                        drained: rules.map { _ in 0 }, estimatesChecks: estimatesChecks))
            }
        }
    }

    /// Folds the counts of a guarded function that is gone into its set's totals and forgets its tally, so
    /// wrapping functions again and again (once per request, say) does not grow the registry.
    func retire(_ tally: RuleTally) {
        entries.withLock { entries in
            for index in entries.indices {
                guard let position = entries[index].tallies.firstIndex(where: { $0 === tally }) else { continue }
                for kind in [RuleTally.Kind.evaluated, .failed, .errored] {
                    for ordinal in 0..<tally.ruleCount {
                        entries[index].retired[kind.rawValue * tally.ruleCount + ordinal] += tally.value(
                            kind, ordinal: ordinal)
                    }
                }
                entries[index].tallies.remove(at: position)
                return
            }
        }
    }

    /// The tallies of guarded functions still alive.
    var liveTallies: Int {
        entries.withLock { entries in entries.reduce(0) { $0 + $1.tallies.count } }
    }

    /// Every registered rule's counts, set by set in registration order.
    var health: [RuleHealth] {
        entries.withLock { entries in
            entries.flatMap { entry in
                entry.rules.indices.map { ordinal in
                    RuleHealth(
                        rule: entry.rules[ordinal],
                        evaluated: entry.sum(.evaluated, ordinal: ordinal),
                        failed: entry.sum(.failed, ordinal: ordinal),
                        errored: entry.sum(.errored, ordinal: ordinal)
                    )
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
            for index in entries.indices where entries[index].estimatesChecks {
                var estimate = 0.0
                for (ordinal, rule) in entries[index].rules.enumerated() {
                    let evaluated = entries[index].sum(.evaluated, ordinal: ordinal)
                    let new = evaluated - entries[index].drained[ordinal]
                    entries[index].drained[ordinal] = evaluated
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
