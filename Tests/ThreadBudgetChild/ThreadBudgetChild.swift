import Foundation
import Glibc
import Invariants
import Synchronization

/// Counts the threads a process spends on monitors: creates `<count>` monitors, each with a journal sink,
/// an alert rule notifying a closure channel and a shadow experiment, drives violations and mismatches
/// through each, waits for all of it (flush, alert deliveries), and prints
/// `monitors=<count> before=<threads> after=<threads> alerts=<n> records=<n>` (threads are the entries of
/// `/proc/self/task`). It runs alone in its own process so no other test's threads are counted.
///
/// ```
/// ThreadBudgetChild <journal dir> <count>
/// ```
@main
enum ThreadBudgetChild {
    static let rules = InvariantSet<Int, Int>("budget.double") {
        Invariant("even") { _, output in output % 2 == 0 }
    }

    static func main() async {
        let arguments = CommandLine.arguments
        guard arguments.count == 3, let count = Int(arguments[2]), count > 0 else {
            fail("usage: ThreadBudgetChild <journal dir> <count>")
        }
        let directory = URL(fileURLWithPath: arguments[1])
        let alerts = AlertCount()
        // One monitor first, so what the runtime starts once (Dispatch's pool, timers) is in `before`.
        await drive(makeMonitor(directory, "warm-up", alerts)).shutdown()
        let before = threads()
        var monitors: [(InvariantMonitor, Experiment<Int, Int>)] = []
        for index in 0..<count {
            let setup = makeMonitor(directory, "m\(index)", alerts)
            monitors.append((setup.0, setup.1))
            await drive(setup)
        }
        let after = threads()
        let records = monitors.reduce(0) { $0 + $1.0.health.recorded }
        print(
            "monitors=\(count) before=\(before) after=\(after) alerts=\(alerts.value.load(ordering: .relaxed)) records=\(records)"
        )
        for (monitor, _) in monitors { await monitor.shutdown() }
    }

    static func makeMonitor(
        _ directory: URL, _ name: String, _ alerts: AlertCount
    ) -> (InvariantMonitor, Experiment<Int, Int>) {
        let channel = ClosureAlertChannel(name: "count") { _ in alerts.value.add(1, ordering: .relaxed) }
        let monitor = InvariantMonitor(
            sinks: [.journal(at: directory.appendingPathComponent("\(name).jsonl"))],
            alerts: [.count(1, within: .seconds(600), notify: [channel])])
        let experiment = monitor.experiment("budget", control: { $0 * 2 }, candidate: { $0 * 2 + 1 })
        return (monitor, experiment)
    }

    /// Three violations and three mismatches, then waits until all of them were recorded and alerted on.
    @discardableResult
    static func drive(_ setup: (InvariantMonitor, Experiment<Int, Int>)) async -> InvariantMonitor {
        let (monitor, experiment) = setup
        let odd = monitor.guarded(rules) { (value: Int) in value * 2 + 1 }
        for value in 0..<3 {
            _ = odd(value)
            _ = try? experiment(value)
        }
        guard await monitor.flush(timeout: .seconds(60)),
            monitor.alerts?.waitForDeliveries(timeout: .seconds(60)) == true
        else { fail("a monitor did not flush within 60 s") }
        return monitor
    }

    static func threads() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? -1
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ThreadBudgetChild: \(message)\n".utf8))
        exit(2)
    }
}

/// Alerts the closure channels received, across all monitors.
final class AlertCount: Sendable {
    let value = Atomic<Int>(0)
}
