import Foundation
import Invariants
import Synchronization
import Testing

struct MonitorRateAlertTests {
    final class Inbox: Sendable {
        let alerts = Mutex<[Alert]>([])
    }

    static let rules = InvariantSet<Int, Int>("rated") {
        Invariant("even") { _, output in output.isMultiple(of: 2) }
        Invariant("small") { _, output in output < 1_000 }
    }

    /// Half the calls break `rated/even`: the rate rule sees adjusted violations ÷ the checks the monitor
    /// counted, so it fires for `even` (50 % > 20 %) and never for `small` (0 %).
    @Test func aRateAlertDividesByTheChecksTheMonitorCounted() async {
        let inbox = Inbox()
        let channel = ClosureAlertChannel { alert in inbox.alerts.withLock { $0.append(alert) } }
        let monitor = InvariantMonitor(sinks: [], alerts: [.rate(above: 0.2, for: .zero, notify: [channel])])
        let identity = monitor.guarded(Self.rules) { (number: Int) in number }
        for number in 0..<40 { _ = identity(number) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(monitor.alerts?.waitForDeliveries(timeout: .seconds(30)) == true)
        let alerts = inbox.alerts.withLock { $0 }
        #expect(alerts.map(\.groupKey) == ["rated/even"])
        #expect(alerts.first?.state == .firing)
        await monitor.shutdown()
    }

    /// A rate that stays below the threshold never fires, although the violations alone would pass a count.
    @Test func aLowRateDoesNotFire() async {
        let inbox = Inbox()
        let channel = ClosureAlertChannel { alert in inbox.alerts.withLock { $0.append(alert) } }
        let monitor = InvariantMonitor(sinks: [], alerts: [.rate(above: 0.2, for: .zero, notify: [channel])])
        let identity = monitor.guarded(Self.rules) { (number: Int) in number }
        for number in 0..<100 { _ = identity(number.isMultiple(of: 10) ? number + 1 : number * 2) }
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(monitor.alerts?.waitForDeliveries(timeout: .seconds(30)) == true)
        #expect(inbox.alerts.withLock { $0 }.isEmpty)
        await monitor.shutdown()
    }
}
