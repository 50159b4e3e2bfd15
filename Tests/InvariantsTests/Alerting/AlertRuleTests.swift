import Foundation
import Invariants
import Testing

struct AlertRuleTests {
    @Test func factoriesNameTheirCondition() {
        #expect(AlertRule.count(5, within: .seconds(60), notify: [.console]).name == "count ≥ 5 in 60s")
        #expect(AlertRule.rate(above: 0.025, for: .seconds(120), notify: [.console]).name == "rate > 2.5% for 120s")
        #expect(AlertRule.newFingerprint(notify: [.console]).name == "new fingerprint")
        #expect(AlertRule.regression(notify: [.console]).name == "regression")
    }

    @Test func namedRenamesOnlyTheName() {
        let rule = AlertRule.count(5, within: .seconds(60), groupBy: .origin, notify: [.console]).named("tax storm")
        #expect(rule.name == "tax storm")
        #expect(rule.kind == .count(threshold: 5, window: .seconds(60)))
        #expect(rule.grouping == .origin)
        #expect(rule.cooldown == .seconds(300))
    }

    @Test func aSingleChannelNeedsNoArray() {
        let rule = AlertRule.count(5, within: .seconds(60), notify: .webhook(URL(string: "https://alerts.example/h")!))
        #expect(rule.channels.map(\.name) == ["webhook alerts.example"])
        #expect(AlertRule.rate(above: 0.1, for: .zero, notify: .console).channels.map(\.name) == ["console"])
        #expect(AlertRule.newFingerprint(notify: .console).channels.count == 1)
        #expect(AlertRule.regression(notify: .console).channels.count == 1)
    }
}
