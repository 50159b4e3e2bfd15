import Foundation
import Synchronization
import Testing

@testable import Invariants

/// Behaviours pinned down after a review of the core: each was a real way to lose a violation or a process.
struct ReviewFixTests {
    struct Flaky: Error {}

    @Test func aForEachFailureStaysAFailureWhenALaterElementThrows() {
        let rules = InvariantSet<Int, [Int]>("list") {
            ForEach(\.self, "positive") { value in
                if value == 99 { throw Flaky() }
                return value > 0
            }
        }
        let outcome = rules.check(0, [1, -2, 3, 99])
        #expect(outcome.failures.count == 1)
        #expect(outcome.ruleErrors.isEmpty)
        #expect(outcome.violations.first?.message.hasSuffix("[1] was -2 (1 of 4 elements failed)") == true)
    }

    @Test func anAlternativeThatThrowsDoesNotHideOneThatHolds() {
        let rules = InvariantSet<Int, Int>("any") {
            AnyOf("either") {
                Invariant("throws") { _, _ in throw Flaky() }
                Invariant("positive") { _, output in output > 0 }
            }
        }
        #expect(rules.check(0, 5).hasPassed)
        let outcome = rules.check(0, -5)
        #expect(outcome.ruleErrors.map(\.ruleID) == ["either"])
    }

    @Test func consoleLinesCannotBeSplitByCapturedText() {
        #expect(DisplayText.oneLine("line one\ninvariants: ✗ forged") == "line one\\ninvariants: ✗ forged")
        #expect(DisplayText.oneLine("tab\there\r\u{1B}[31m") == "tab\\there\\r\\u{1B}[31m")
        #expect(DisplayText.oneLine("plain — ✓") == "plain — ✓")
    }

    @Test func concurrentShutdownsBothWaitForTheDrain() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        for _ in 0..<50 { _ = quote(sampleBasket) }
        async let first = monitor.shutdown()
        async let second = monitor.shutdown()
        let results = await [first, second]
        #expect(results == [true, true])
        #expect(memory.records.count == 100)
        #expect(monitor.health.recorded == 100)
    }

    @Test func flushWaitsOnlyForWhatWasSubmittedBeforeIt() async {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let traffic = Task.detached {
            while !Task.isCancelled { _ = quote(sampleBasket) }
        }
        for _ in 0..<10 { _ = quote(sampleBasket) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        traffic.cancel()
        await traffic.value
        await monitor.shutdown()
        let health = monitor.health
        #expect(health.recorded + health.droppedTotal == health.produced)
    }

    @Test func aNotWithoutRulesStopsWithAClearMessage() async {
        await #expect(processExitsWith: .failure) {
            _ = InvariantSet<Int, Int>("empty-not") {
                Not("never") {}
            }
        }
    }
}

struct WhenSelectionTests {
    final class Calls: Sendable {
        let count = Synchronization.Atomic<Int>(0)
    }

    @Test func aWhenWhoseRulesAreNotSelectedDoesNotRunItsCondition() {
        let calls = Calls()
        let rules = InvariantSet<Int, Int>("when") {
            Expect(\.self, "critical-positive", severity: .critical) { $0 > 0 }
            When({ _, _ in
                calls.count.add(1, ordering: .relaxed)
                return true
            }) {
                Expect(\.self, "small", severity: .warning) { $0 < 10 }
            }
        }
        _ = rules.check(0, 50, selection: .severities([.critical]))
        #expect(calls.count.load(ordering: .relaxed) == 0)
        #expect(rules.check(0, 50, selection: .severities([.warning])).violations.map(\.ruleID) == ["small"])
        #expect(calls.count.load(ordering: .relaxed) == 1)
        let forced = rules.check(0, 50, selection: RuleSelection.none.including(ordinals: [1]))
        #expect(forced.violations.map(\.ruleID) == ["small"])
        #expect(calls.count.load(ordering: .relaxed) == 2)
    }
}
