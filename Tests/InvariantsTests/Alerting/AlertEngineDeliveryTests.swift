import Foundation
import Invariants
import Testing

struct AlertEngineDeliveryTests {
    struct Broken: Error {}

    let clock = ManualAlertClock()
    let inbox = AlertInbox()

    @Test func aThrowingChannelIsCountedAndOthersStillReceive() {
        let broken = ClosureAlertChannel(name: "broken") { _ in throw Broken() }
        let engine = AlertEngine(
            rules: [.count(1, within: .seconds(60), notify: [broken, inbox.channel])], clock: clock)
        engine.observe([violation(at: clock.now)])
        engine.observe([violation("currency-preserved", at: clock.now)])
        #expect(inbox.alerts.count == 2)
        #expect(engine.stats.failed == ["broken": 2])
        #expect(engine.stats.sent == ["inbox": 2])
        #expect(engine.stats.lastFailure == "broken: Broken()")
        #expect(engine.firing.count == 2)
    }

    @Test func firingListsEveryFiringGroupByRuleThenKey() {
        let engine = AlertEngine(
            rules: [
                .count(1, within: .seconds(60), notify: []).named("any"),
                .count(2, within: .seconds(60), notify: []).named("two"),
            ],
            clock: clock
        )
        engine.observe([violation("b", at: clock.now), violation("a", at: clock.now), violation("a", at: clock.now)])
        #expect(
            engine.firing.map { "\($0.ruleName) \($0.groupKey)" } == [
                "any pricing.quote/a", "any pricing.quote/b", "two pricing.quote/a",
            ])
    }

    @Test func evictsTheLeastRecentlyViolatedQuietGroupPastTheLimit() {
        let engine = AlertEngine(
            rules: [.count(2, within: .seconds(60), notify: [inbox.channel])], clock: clock, groupLimit: 2)
        engine.observe([violation("a", at: clock.now), violation("a", at: clock.now)])  // a fires
        clock.advance(by: .seconds(1))
        engine.observe([violation("b", at: clock.now)])
        clock.advance(by: .seconds(1))
        engine.observe([violation("c", at: clock.now)])  // evicts b, the quiet one, not a
        engine.observe([violation("b", at: clock.now)])  // b starts over at one, evicting c
        #expect(engine.stats.evictedGroups == 2)
        #expect(inbox.alerts.map(\.groupKey) == ["pricing.quote/a"])
        #expect(engine.firing.map(\.groupKey) == ["pricing.quote/a"])
    }

    @Test func anEngineGivenToAMonitorAlertsOnWhatItRecords() async throws {
        let engine = AlertEngine(rules: [.count(2, within: .seconds(60), notify: [inbox.channel])])
        let monitor = InvariantMonitor(sinks: [engine])
        let quote = monitor.guarded(quoteRules, origin: .generated(by: "model-x")) { Pricing.buggyQuote($0) }
        _ = quote(sampleBasket)
        _ = quote(sampleBasket)
        #expect(await monitor.flush())
        #expect(
            Set(inbox.alerts.map(\.groupKey)) == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        #expect(inbox.alerts.allSatisfy { $0.count == 2 && $0.origin.model == "model-x" })
        await monitor.shutdown()
    }
}
