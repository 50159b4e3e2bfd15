import Foundation
import Invariants
import Testing

/// The alert-testing block of Docs/RunningInProduction.md, run on real records.
struct AlertTestingGuideTests {
    struct Cart: Codable, Sendable { var taxExempt: Bool }
    struct Quote: Codable, Sendable { var tax: Decimal }

    @Test func theManualClockStartsWhereTheRecordsAreAndTheAlertFiresThenResolves() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink], ruleHealth: false)
        let rules = InvariantSet<Cart, Quote>("pricing.quote") {
            When({ cart, _ in cart.taxExempt }) { Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 } }
        }
        let quote = monitor.guarded(rules) { _ in Quote(tax: 4) }
        for _ in 0..<3 { _ = quote(Cart(taxExempt: true)) }
        #expect(await monitor.shutdown())
        let records = sink.records
        try #require(records.count == 3)

        let clock = ManualAlertClock(now: records[0].timestamp)  // start where the records are
        let engine = AlertEngine(rules: [.count(3, within: .seconds(60), notify: .console)], clock: clock)
        engine.observe(records)
        let firing = engine.firing.map(\.groupKey)  // ["pricing.quote/exempt-pays-no-tax"]
        clock.advance(by: .seconds(61))
        engine.evaluate()  // the count alert resolves

        #expect(firing == ["pricing.quote/exempt-pays-no-tax"])
        #expect(engine.firing.isEmpty)

        // What the guide warned about: the default clock starts on 2027-01-15, a year after these records.
        let late = AlertEngine(rules: [.count(3, within: .seconds(60), notify: .console)], clock: ManualAlertClock())
        late.observe(records)
        #expect(late.firing.isEmpty)
    }
}
