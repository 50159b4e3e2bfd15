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

    /// In the background, alerts wait in a bounded queue (the one being sent included): those that do not fit
    /// are dropped and counted, the rest are sent in order once the channel moves again.
    @Test func backgroundDeliveriesPastTheQueueLimitAreDroppedAndCountedTheRestSentInOrder() async {
        let gate = Gate()
        let held = ClosureAlertChannel(name: "held") { _ in gate.pass() }
        let engine = AlertEngine(
            rules: [.count(1, within: .seconds(60), notify: [held, inbox.channel])], clock: clock,
            deliversInBackground: true, deliveryQueueLimit: 2)
        engine.observe([violation("a", at: clock.now)])
        #expect(await eventually { gate.arrivals == 1 })  // "a" is being sent, and holds a place
        for rule in ["b", "c", "d", "e"] { engine.observe([violation(rule, at: clock.now)]) }
        #expect(engine.stats.dropped == 3)
        gate.open()
        #expect(engine.waitForDeliveries(timeout: .seconds(30)))
        #expect(inbox.alerts.map(\.groupKey) == ["pricing.quote/a", "pricing.quote/b"])
        #expect(engine.stats.sent == ["held": 2, "inbox": 2])
    }

    /// A channel that hangs holds its own engine's queue only: another engine's alerts go out meanwhile.
    @Test func aHangingChannelDoesNotHoldUpAnotherEnginesDeliveries() {
        let gate = Gate()
        let hanging = AlertEngine(
            rules: [.count(1, within: .seconds(60), notify: ClosureAlertChannel(name: "hangs") { _ in gate.pass() })],
            clock: clock, deliversInBackground: true)
        let other = AlertEngine(
            rules: [.count(1, within: .seconds(60), notify: [inbox.channel])], clock: clock, deliversInBackground: true)
        hanging.observe([violation(at: clock.now)])
        other.observe([violation(at: clock.now)])
        #expect(other.waitForDeliveries(timeout: .seconds(30)))
        #expect(inbox.alerts.count == 1)
        #expect(!hanging.waitForDeliveries(timeout: .milliseconds(10)))
        gate.open()
        #expect(hanging.waitForDeliveries(timeout: .seconds(30)))
        #expect(hanging.stats.sent == ["hangs": 1])
    }
}
