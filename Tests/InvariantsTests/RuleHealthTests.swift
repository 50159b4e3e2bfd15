import Foundation
import Synchronization
import Testing

@testable import Invariants

struct RuleHealthTests {
    struct Failure: Error {}

    /// Four rules: one always holds, one fails on odd numbers, one throws on multiples of 5, one sits in a
    /// `When` whose condition never holds.
    static let rules = InvariantSet<Int, Int>("numbers") {
        Invariant("holds") { _, _ in true }
        Invariant("even-output", severity: .critical) { _, output in output.isMultiple(of: 2) }
        Invariant("throws-on-fives") { input, _ in
            if input.isMultiple(of: 5) { throw Failure() }
            return true
        }
        When({ input, _ in input < 0 }) {
            Invariant("negative-only") { _, _ in true }
        }
    }

    func reading(_ health: [RuleHealth], _ ruleID: String) -> RuleHealth? {
        health.first { $0.invariantID == "numbers/" + ruleID }
    }

    @Test func aMonitorCountsEachRulesEvaluationsFailuresAndErrors() async {
        let monitor = InvariantMonitor(sinks: [])
        let identity = monitor.guarded(Self.rules) { (number: Int) in number }
        for number in 1...20 { _ = identity(number) }
        let health = monitor.ruleHealth
        #expect(health.map(\.invariantID) == Self.rules.rules.map(\.id))
        #expect(reading(health, "holds") == RuleHealth(rule: Self.rules.rules[0], evaluated: 20, failed: 0, errored: 0))
        #expect(reading(health, "even-output")?.failed == 10)
        #expect(reading(health, "even-output")?.passed == 10)
        #expect(reading(health, "throws-on-fives")?.errored == 4)
        #expect(reading(health, "throws-on-fives")?.passed == 16)
        #expect(reading(health, "negative-only")?.evaluated == 0)
        await monitor.shutdown()
    }

    @Test func aWindowShowsOnlyWhatHappenedSinceAnEarlierReading() async {
        let rules = InvariantSet<Int, Int>("window") { Invariant("positive") { _, output in output > 0 } }
        let monitor = InvariantMonitor(sinks: [])
        let identity = monitor.guarded(rules) { (number: Int) in number }
        for number in [1, -1, 2] { _ = identity(number) }
        let before = monitor.ruleHealth
        for number in [-3, 4] { _ = identity(number) }
        let window = RuleHealth.window(monitor.ruleHealth, since: before)
        #expect(window.map(\.evaluated) == [2])
        #expect(window.map(\.failed) == [1])
        #expect(monitor.ruleHealth.map(\.evaluated) == [5])
        await monitor.shutdown()
    }

    @Test func onlyTheRulesASamplerSelectsAreCounted() async {
        let rules = InvariantSet<Int, Int>("sampled") {
            Invariant("critical", severity: .critical) { _, _ in true }
            Invariant("minor", severity: .warning) { _, _ in true }
        }
        let monitor = InvariantMonitor(sampler: .ratio(0).always(for: .critical), sinks: [])
        let identity = monitor.guarded(rules) { (number: Int) in number }
        for number in 0..<7 { _ = identity(number) }
        #expect(monitor.ruleHealth.map(\.evaluated) == [7, 0])
        await monitor.shutdown()
    }

    @Test func turningRuleHealthOffCountsNothing() async {
        let rules = InvariantSet<Int, Int>("uncounted") { Invariant("positive") { _, output in output > 0 } }
        let monitor = InvariantMonitor(sinks: [], ruleHealth: false)
        let identity = monitor.guarded(rules) { (number: Int) in number }
        for number in [1, -1] { _ = identity(number) }
        #expect(monitor.ruleHealth.isEmpty)
        await monitor.shutdown()
    }

    @Test func twoMonitorsGuardingOneSetKeepTheirOwnCounts() async {
        let rules = InvariantSet<Int, Int>("shared") { Invariant("positive") { _, output in output > 0 } }
        let first = InvariantMonitor(sinks: [])
        let second = InvariantMonitor(sinks: [])
        let firstIdentity = first.guarded(rules) { (number: Int) in number }
        let secondIdentity = second.guarded(rules) { (number: Int) in number }
        let otherFunctionOfFirst = first.guarded(rules) { (number: Int) in -number }
        for number in 1...3 { _ = firstIdentity(number) }
        _ = secondIdentity(-1)
        _ = otherFunctionOfFirst(4)
        #expect(first.ruleHealth.map(\.evaluated) == [4])
        #expect(first.ruleHealth.map(\.failed) == [1])
        #expect(second.ruleHealth.map(\.evaluated) == [1])
        #expect(second.ruleHealth.map(\.failed) == [1])
        await first.shutdown()
        await second.shutdown()
    }

    @Test func aNestedSetsRulesReportTheirCountsInTheEnclosingSet() async {
        let inner = InvariantSet<Int, Int>("inner") { Invariant("small") { _, output in output < 10 } }
        let outer = InvariantSet<Int, Int>("outer") {
            Invariant("positive") { _, output in output > 0 }
            inner
        }
        let monitor = InvariantMonitor(sinks: [])
        let identity = monitor.guarded(outer) { (number: Int) in number }
        for number in [1, 20, 5] { _ = identity(number) }
        #expect(monitor.ruleHealth.map(\.invariantID) == ["outer/positive", "inner/small"])
        #expect(monitor.ruleHealth.map(\.failed) == [0, 1])
        #expect(monitor.ruleHealth.map(\.evaluated) == [3, 3])
        await monitor.shutdown()
    }

    /// A function wrapped again and again (once per request, say) leaves its counts behind when it goes,
    /// and the monitor keeps no tally of it.
    @Test func countsOfFunctionsThatAreGoneAreKept() async {
        let rules = InvariantSet<Int, Int>("rewrapped") { Invariant("positive") { _, output in output > 0 } }
        let monitor = InvariantMonitor(sinks: [])
        for number in [1, -2, 3] {
            let identity = monitor.guarded(rules) { (value: Int) in value }
            _ = identity(number)
        }
        #expect(monitor.ruleHealth.map(\.evaluated) == [3])
        #expect(monitor.ruleHealth.map(\.failed) == [1])
        #expect(monitor.healthRegistry.liveTallies == 0)
        await monitor.shutdown()
    }
}
