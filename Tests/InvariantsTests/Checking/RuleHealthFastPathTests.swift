import Testing

@testable import Invariants

/// Rule health counted once per call that checks every rule: the counts stay exact per rule.
struct RuleHealthFastPathTests {
    struct Failure: Error {}

    /// A rule written by hand, forwarding to a built-in one: it has no fast path of its own.
    struct Positive: InvariantRule {
        var rule = Invariant<Int, Int>("custom-positive") { _, output in output > 0 }
        func evaluate(_ input: Int, _ output: Int, selection: RuleSelection, into violations: inout [RuleViolation]) {
            rule.evaluate(input, output, selection: selection, into: &violations)
        }
        func holds(_ input: Int, _ output: Int) throws -> Bool { try rule.holds(input, output) }
        mutating func bind(to binding: inout RuleBinding) { rule.bind(to: &binding) }
    }

    static let nested = InvariantSet<Int, Int>("inner") {
        Invariant("inner-even") { _, output in output.isMultiple(of: 2) }
    }

    static let rules = InvariantSet<Int, Int>("fast") {
        Invariant("holds") { _, _ in true }
        Invariant("throws-on-fives") { input, _ in
            if input.isMultiple(of: 5) { throw Failure() }
            return true
        }
        When({ input, _ in input < 0 }) {
            Invariant("negative-only") { _, _ in true }
            When({ input, _ in input < -5 }) {
                Expect(\.self, "very-negative") { $0 < -5 }
            }
        }
        Positive()
        When({ input, _ in input > 10 }) { nested }
    }

    @Test func everyRuleCountsItsOwnEvaluationsFailuresAndErrors() async {
        let monitor = InvariantMonitor(sinks: [])
        let identity = monitor.guard(Self.rules)
        let inputs = Array(-8...12)  // 21 calls: 8 negative (3 below -5), 2 above 10, 4 multiples of 5
        for number in inputs { _ = identity(number) { $0 } }
        let health = Dictionary(uniqueKeysWithValues: monitor.ruleHealth.map { ($0.rule.ruleID, $0) })
        #expect(health["holds"]?.evaluated == 21)
        #expect(health["throws-on-fives"]?.errored == 4)
        #expect(health["throws-on-fives"]?.evaluated == 21)
        #expect(health["negative-only"]?.evaluated == 8)
        #expect(health["very-negative"]?.evaluated == 3)
        #expect(health["custom-positive"]?.evaluated == 21)
        #expect(health["custom-positive"]?.failed == 9)
        #expect(health["inner-even"]?.evaluated == 2)
        #expect(health["inner-even"]?.failed == 1)
        await monitor.shutdown()
    }

    @Test func theClosureAndTheGuardCountAlike() async {
        let monitor = InvariantMonitor(sinks: [])
        let closure = monitor.guarded(Self.rules) { (number: Int) in number }
        let identity = monitor.guard(Self.rules)
        for number in -8...12 {
            _ = closure(number)
            _ = identity(number) { $0 }
        }
        #expect(monitor.ruleHealth.map(\.evaluated) == [42, 42, 16, 6, 42, 4])
        await monitor.shutdown()
    }

    @Test func aRatioSamplerMixesTheFastAndTheSelectivePathsExactly() async {
        let monitor = InvariantMonitor(sampler: .ratio(0.5).always(for: "fast/negative-only"), sinks: [])
        let identity = monitor.guard(Self.rules)
        for number in -8...12 { _ = identity(number) { $0 } }
        let evaluated = Dictionary(uniqueKeysWithValues: monitor.ruleHealth.map { ($0.rule.ruleID, $0.evaluated) })
        // Every negative call evaluates negative-only, on the fast path when sampled, alone when not.
        #expect(evaluated["negative-only"] == 8)
        #expect((evaluated["holds"] ?? 0) > 0 && (evaluated["holds"] ?? 0) < 21)
        #expect(evaluated["holds"] == evaluated["custom-positive"])
        await monitor.shutdown()
    }

    @Test func aGuardThatIsGoneKeepsItsCountsInTheSet() async {
        let monitor = InvariantMonitor(sinks: [])
        do {
            let identity = monitor.guard(Self.rules)
            for number in -8...12 { _ = identity(number) { $0 } }
        }
        #expect(monitor.healthRegistry.liveTallies == 0)
        #expect(monitor.ruleHealth.map(\.evaluated) == [21, 21, 8, 3, 21, 2])
        await monitor.shutdown()
    }
}
