import Foundation
import Invariants
import Testing

struct AlertGroupingTests {
    let clock = ManualAlertClock()
    let inbox = AlertInbox()

    /// Two violations of each of: tax at two call sites by model-x, currency by model-y.
    var records: [ViolationRecord] {
        [
            violation(at: clock.now, fingerprint: "tax-a"),
            violation(at: clock.now, fingerprint: "tax-b"),
            violation("currency-preserved", at: clock.now, fingerprint: "cur", origin: .generated(by: "model-y")),
            violation("currency-preserved", at: clock.now, fingerprint: "cur", origin: .generated(by: "model-y")),
        ]
    }

    func groupKeys(_ grouping: AlertGrouping) -> [String] {
        let engine = AlertEngine(
            rules: [.count(2, within: .seconds(60), groupBy: grouping, notify: [inbox.channel])], clock: clock)
        engine.observe(records)
        return inbox.alerts.map(\.groupKey).sorted()
    }

    @Test func byRuleCountsEachInvariantTogether() {
        #expect(groupKeys(.rule) == ["pricing.quote/currency-preserved", "pricing.quote/tax-non-negative"])
    }

    @Test func byFingerprintCountsEachCallSiteApart() {
        #expect(groupKeys(.fingerprint) == ["cur"])
    }

    @Test func byOriginCountsEachModelTogether() {
        #expect(groupKeys(.origin) == ["model-x", "model-y"])
    }

    @Test func combinedGroupingJoinsTheKeys() {
        #expect(
            groupKeys([.rule, .origin])
                == ["pricing.quote/currency-preserved | model-y", "pricing.quote/tax-non-negative | model-x"])
    }

    @Test func emptyGroupingPutsEverythingInOneGroup() throws {
        #expect(groupKeys([]) == ["*"])
        let alert = try #require(inbox.alerts.first)
        #expect(alert.invariantIDs == ["pricing.quote/currency-preserved", "pricing.quote/tax-non-negative"])
        #expect(alert.count == 4)
    }

    @Test func originWithoutModelIsGroupedByItsDescription() {
        let record = violation(at: clock.now, origin: .human(commit: "1a2b3c4"))
        #expect(AlertGrouping.origin.key(for: record) == "written by a human (commit 1a2b3c4)")
    }
}
