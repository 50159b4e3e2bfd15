import Testing

@testable import Invariants

/// A guard whose monitor samples by ratio decides a skipped call before the function runs (`RatioGate`); the
/// decisions, the rule health and the always-checked rules stay what the sampler itself gives.
struct RatioGuardTests {
    static let requestIDs = (0..<2_000).map { "req-\($0)" }

    /// Two rules: `positive` (error) fails on negative outputs, `not-zero` (critical) fails on zero.
    static let rules = InvariantSet<Int, Int>("ratio.guard") {
        Invariant("positive", severity: .error) { _, output in output >= 0 }
        Invariant("not-zero", severity: .critical) { _, output in output != 0 }
    }

    static func evaluated(_ monitor: InvariantMonitor) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: monitor.ruleHealth.map { ($0.rule.ruleID, $0.evaluated) })
    }

    @Test func theGuardChecksTheRequestsTheSamplerChecks() async {
        let monitor = InvariantMonitor(sampler: .ratio(0.3), sinks: [])
        let identity = monitor.guard(Self.rules)
        #expect(identity.sampling == .ratio)
        let sampler = RatioSampler(0.3)
        var checkedByGuard: Set<String> = []
        for id in Self.requestIDs {
            let before = Self.evaluated(monitor)["positive"] ?? 0
            let output = withInvariantContext(requestID: id) { identity(7) { $0 } }
            #expect(output == 7)
            if (Self.evaluated(monitor)["positive"] ?? 0) > before { checkedByGuard.insert(id) }
        }
        let checkedBySampler = Set(
            Self.requestIDs.filter { id in withInvariantContext(requestID: id) { !sampler.decide(setID: "s").isEmpty } }
        )
        #expect(checkedByGuard == checkedBySampler)
        #expect((500...700).contains(checkedByGuard.count), "\(checkedByGuard.count) of 2000 checked at 0.3")
        await monitor.shutdown()
    }

    @Test func skippedCallsRunTheFunctionAndCountNothing() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sampler: .ratio(0), sinks: [memory])
        let identity = monitor.guard(Self.rules)
        let closure = monitor.guarded(Self.rules) { (number: Int) in number }
        var calls = 0
        for number in -5...5 {
            #expect(
                identity(number) {
                    calls += 1; return $0
                } == number)
            #expect(closure(number) == number)
        }
        #expect(calls == 11)
        #expect(Self.evaluated(monitor).values.allSatisfy { $0 == 0 })
        await monitor.shutdown()
        #expect(memory.records.isEmpty)
    }

    @Test func unkeyedCallsAreSpreadEvenlyAndCountedExactly() async {
        let monitor = InvariantMonitor(sampler: .ratio(0.25), sinks: [])
        let identity = monitor.guard(Self.rules)
        for number in 0..<10_000 { _ = identity(number + 1) { $0 } }
        let evaluated = Self.evaluated(monitor)
        let checked = evaluated["positive"] ?? 0
        #expect((2_300...2_700).contains(checked), "\(checked) of 10000 checked at 0.25")
        #expect(evaluated["not-zero"] == checked)
        await monitor.shutdown()
    }

    @Test func alwaysForCriticalStillChecksCriticalRulesOnSkippedCalls() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sampler: .ratio(0).always(for: .critical), sinks: [memory])
        let identity = monitor.guard(Self.rules)
        #expect(identity.sampling == .custom)
        _ = identity(0) { $0 }  // breaks not-zero (critical)
        _ = identity(-1) { $0 }  // breaks positive (error), never checked at ratio 0
        let evaluated = Self.evaluated(monitor)
        #expect(evaluated["not-zero"] == 2)
        #expect(evaluated["positive"] == 0)
        await monitor.shutdown()
        #expect(memory.records.map(\.invariantID) == ["ratio.guard/not-zero"])
    }

    @Test func aBoostedRuleIsCheckedOnCallsTheRatioSkips() async throws {
        let monitor = InvariantMonitor(sampler: .ratio(0.5).boosting(for: .seconds(3600)), sinks: [])
        let identity = monitor.guard(Self.rules)
        #expect(identity.sampling == .ratio)
        let sampler = RatioSampler(0.5)
        func admitted(_ id: String) -> Bool { sampler.admits(sample: SamplingKey.hash(id)) }
        let checkedID = try #require(Self.requestIDs.first(where: admitted))
        let skippedID = try #require(Self.requestIDs.first { !admitted($0) })
        _ = withInvariantContext(requestID: skippedID) { identity(-1) { $0 } }
        #expect(Self.evaluated(monitor)["positive"] == 0)
        _ = withInvariantContext(requestID: checkedID) { identity(-1) { $0 } }  // positive fails: boosted
        _ = withInvariantContext(requestID: skippedID) { identity(-1) { $0 } }
        let evaluated = Self.evaluated(monitor)
        #expect(evaluated["positive"] == 2)
        #expect(evaluated["not-zero"] == 1)
        await monitor.shutdown()
    }

    @Test func asyncCallsTheRatioSkipsAreNotChecked() async {
        let monitor = InvariantMonitor(sampler: .ratio(0.3), sinks: [])
        let identity = monitor.guard(Self.rules)
        let sampler = RatioSampler(0.3)
        var expected = 0
        for id in Self.requestIDs.prefix(200) {
            let output = await withInvariantContext(requestID: id) { await identity(3) { value async in value } }
            #expect(output == 3)
            if sampler.admits(sample: SamplingKey.hash(id)) { expected += 1 }
        }
        #expect(Self.evaluated(monitor)["positive"] == expected)
        await monitor.shutdown()
    }
}
