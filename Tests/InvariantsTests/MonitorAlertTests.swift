import Foundation
import Invariants
import Synchronization
import Testing

struct MonitorAlertTests {
    final class Inbox: Sendable {
        let alerts = Mutex<[Alert]>([])
    }

    @Test func theMonitorsAlertRulesFireFromGuardedCalls() async throws {
        let received = Inbox()
        let channel = ClosureAlertChannel { alert in received.alerts.withLock { $0.append(alert) } }
        let monitor = InvariantMonitor(sinks: [], alerts: [.count(3, within: .seconds(60), notify: channel)])
        let quote = monitor.guarded(quoteRules, origin: .generated(by: "model-x")) { Pricing.buggyQuote($0) }
        for _ in 0..<2 { _ = quote(sampleBasket) }
        await monitor.flush()
        #expect(received.alerts.withLock { $0 }.isEmpty)

        _ = quote(sampleBasket)
        await monitor.flush()
        let alerts = received.alerts.withLock { $0 }
        #expect(Set(alerts.map(\.groupKey)) == ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"])
        #expect(alerts.allSatisfy { $0.state == .firing && $0.count == 3 && $0.origin.model == "model-x" })
        #expect(monitor.alerts?.firing.count == 2)
        await monitor.shutdown()
    }

    @Test func aMonitorWithoutAlertRulesHasNoEngine() {
        #expect(InvariantMonitor(sinks: []).alerts == nil)
    }
}
