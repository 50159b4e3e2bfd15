import Foundation
import Invariants
import Testing

/// Threads are a budget: a service may hold many monitors, and their background work (the reporter's
/// intake, each sink's lane, alert deliveries, shadow candidates) shares Dispatch's pool instead of keeping
/// threads of its own. The count runs in a child process (`ThreadBudgetChild`), so no other test's threads
/// are counted; it waits for the work with `flush`, not with time.
struct ThreadBudgetTests {
    /// The most threads 50 busy monitors may add to a process: Dispatch's pool, whatever the count of monitors.
    static let growthLimit = 16

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task"), "counts /proc/self/task (Linux)"),
        .timeLimit(.minutes(5)))
    func fiftyMonitorsWithSinksAlertsAndExperimentsAddAFewThreadsAtMost() throws {
        let figures = try Self.run(monitors: 50)
        print("ThreadBudgetTests: \(figures)")
        // Every monitor did its work: three violations and three mismatches recorded, two alerts fired.
        #expect(figures["records"] == 300)
        #expect(figures["alerts"] == 102)  // the warm-up monitor's two included
        let growth = try #require(figures["after"]) - #require(figures["before"])
        #expect(growth <= Self.growthLimit, "50 monitors added \(growth) threads")
    }

    /// Flushes wait on Dispatch queues of their own: many waiting at once (more than the cores) do not wait for
    /// each other, tasks still run meanwhile, and all of them end once the sink moves. (On Linux Dispatch
    /// eventually adds threads to a blocked pool too, so this cannot tell a wait on the pool from one off it;
    /// that is `offThread`'s documented choice.)
    @Test(.timeLimit(.minutes(2))) func manyFlushesWaitingAtOnceAllEndOnceTheSinkMoves() async {
        let sink = GatedSink()
        let monitor = InvariantMonitor(sinks: [sink])
        let rules = InvariantSet<Int, Int>("budget.wait") { Invariant("never") { _, _ in false } }
        _ = monitor.guarded(rules) { (number: Int) in number }(1)
        #expect(sink.waitUntilEntered())
        let waiters = 4 * ProcessInfo.processInfo.activeProcessorCount + 4
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<waiters { group.addTask { await monitor.flush(timeout: .seconds(60)) } }
            sink.openGate()
            for await flushed in group { #expect(flushed) }
        }
        #expect(await monitor.shutdown())
        #expect(sink.receivedCount == 1)
    }

    /// Runs the child and reads its `key=value` figures.
    static func run(monitors: Int) throws -> [String: Int] {
        let executable = try #require(
            childExecutable(named: "ThreadBudgetChild"), "ThreadBudgetChild is not built next to the test bundle")
        let scratch = try ScratchDirectory()
        let process = Process()
        process.executableURL = executable
        process.arguments = [scratch.url.path(percentEncoded: false), "\(monitors)"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ThreadBudgetChild failed: \(complaint)")
        var figures: [String: Int] = [:]
        for pair in printed.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let value = Int(parts[1]) { figures[String(parts[0])] = value }
        }
        return figures
    }
}
