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
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(monitor.alerts?.waitForDeliveries(timeout: .seconds(30)) == true)
        #expect(received.alerts.withLock { $0 }.isEmpty)

        _ = quote(sampleBasket)
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(monitor.alerts?.waitForDeliveries(timeout: .seconds(30)) == true)
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

struct HangingAlertChannelTests {
    /// An alert channel that hangs (a webhook waiting for its timeout) runs on the engine's own lane:
    /// the violations behind the alert still reach the sinks while it hangs, and nothing is dropped.
    @Test func aHangingChannelDoesNotHoldUpViolationRecords() async {
        let release = DispatchSemaphore(value: 0)
        let recorded = DispatchSemaphore(value: 0)
        let delivered = Mutex(0)
        let channel = ClosureAlertChannel { _ in
            release.wait()
            delivered.withLock { $0 += 1 }
        }
        let sink = ClosureSink { _ in recorded.signal() }
        let monitor = InvariantMonitor(sinks: [sink], alerts: [.count(1, within: .seconds(60), notify: channel)])
        let rules = InvariantSet<Int, Int>("hang") { Invariant("never") { _, _ in false } }
        let identity = monitor.guarded(rules) { (number: Int) in number }
        for number in 0..<20 {
            _ = identity(number)
            #expect(recorded.wait(timeout: .now() + 10) == .success, "record \(number) did not reach the sink")
        }
        #expect(delivered.withLock { $0 } == 0)
        release.signal()
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(monitor.alerts?.waitForDeliveries(timeout: .seconds(30)) == true)
        #expect(delivered.withLock { $0 } == 1)
        #expect(monitor.health.recorded == 20)
        await monitor.shutdown()
    }
}
