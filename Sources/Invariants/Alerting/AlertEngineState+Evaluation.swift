import Foundation

extension AlertEngineState {
    /// Slides every window to `now` and applies the transitions it causes: fire, repeat after the
    /// cooldown, resolve.
    mutating func evaluate(at now: Date) -> [AlertDelivery] {
        pruneChecks(at: now)
        var deliveries: [AlertDelivery] = []
        for index in rules.indices {
            let rule = rules[index]
            for key in Array(ruleStates[index].groups.keys) {
                var group = ruleStates[index].groups[key]!
                switch rule.kind {
                case .count(let threshold, let window):
                    group.window.prune(through: now.addingTimeInterval(-window.timeInterval))
                    if group.window.total + 1e-9 >= Double(threshold) {
                        fire(&group, rule: rule, at: now, into: &deliveries)
                    } else if group.firing {
                        resolve(&group, rule: rule, at: now, into: &deliveries)
                    }
                case .rate(let threshold, let window, let duration, let keepFiringFor):
                    let cutoff = now.addingTimeInterval(-window.timeInterval)
                    group.window.prune(through: cutoff)
                    let violations = group.window.total
                    let checks = checkCount(of: group.setIDs, after: cutoff)
                    if violations < 1e-9 {
                        group.rate = 0
                    } else if checks > 0 {
                        group.rate = violations / checks
                    } else {
                        ruleStates[index].groups[key] = group
                        continue  // the rate is unknown until checks are reported: nothing changes
                    }
                    if group.rate! > threshold {
                        group.belowSince = nil
                        let since = group.aboveSince ?? now
                        group.aboveSince = since
                        if group.firing || now.timeIntervalSince(since) >= duration.timeInterval {
                            fire(&group, rule: rule, at: now, into: &deliveries)
                        }
                    } else {
                        group.aboveSince = nil
                        if group.firing {
                            let since = group.belowSince ?? now
                            group.belowSince = since
                            if now.timeIntervalSince(since) >= keepFiringFor.timeInterval {
                                group.belowSince = nil
                                resolve(&group, rule: rule, at: now, into: &deliveries)
                            }
                        }
                    }
                case .newFingerprint, .regression:
                    break
                }
                ruleStates[index].groups[key] = group.isIdle ? nil : group
            }
        }
        return deliveries
    }

    /// Starts firing, or repeats the notification if there is news and the cooldown has passed.
    private func fire(
        _ group: inout AlertGroup,
        rule: AlertRule,
        at now: Date,
        into deliveries: inout [AlertDelivery]
    ) {
        if group.firing {
            guard group.newSinceNotified, let last = group.lastNotified,
                now.timeIntervalSince(last) >= rule.cooldown.timeInterval
            else { return }
        } else {
            group.firing = true
            group.firstSeen = group.window.oldest ?? group.firstSeen
        }
        group.lastNotified = now
        group.newSinceNotified = false
        deliveries.append(AlertDelivery(alert: group.alert(.firing, rule: rule, at: now), channels: rule.channels))
    }

    /// Stops firing and says so.
    private mutating func resolve(
        _ group: inout AlertGroup,
        rule: AlertRule,
        at now: Date,
        into deliveries: inout [AlertDelivery]
    ) {
        group.firing = false
        group.lastNotified = nil
        deliveries.append(AlertDelivery(alert: group.alert(.resolved, rule: rule, at: now), channels: rule.channels))
        group.firstSeen = nil
        noteResolved(group.invariantIDs, at: now)
    }
}
