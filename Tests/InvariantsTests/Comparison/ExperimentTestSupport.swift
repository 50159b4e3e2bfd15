import Foundation
import Invariants
import Synchronization

/// A candidate's brake: it blocks every call until the test opens it, and counts the calls that began.
final class Gate: Sendable {
    private let opened = DispatchSemaphore(value: 0)
    private let began = Atomic<Int>(0)
    private let isOpen = Atomic<Bool>(false)

    /// Blocks until ``open()``; returns at once afterwards.
    func pass() {
        began.wrappingAdd(1, ordering: .sequentiallyConsistent)
        if isOpen.load(ordering: .sequentiallyConsistent) { return }
        opened.wait()
        opened.signal()
    }

    /// How many calls reached the gate.
    var arrivals: Int { began.load(ordering: .sequentiallyConsistent) }

    /// Lets every waiting and future call through.
    func open() {
        isOpen.store(true, ordering: .sequentiallyConsistent)
        opened.signal()
    }
}

/// A clock the test sets by hand.
final class TestNow: Sendable {
    private let seconds: Mutex<TimeInterval>

    init(_ date: Date) { seconds = Mutex(date.timeIntervalSince1970) }

    var date: Date { Date(timeIntervalSince1970: seconds.withLock { $0 }) }

    func set(_ date: Date) { seconds.withLock { $0 = date.timeIntervalSince1970 } }
}

struct CandidateFailure: Error, CustomStringConvertible {
    var description: String { "rate table missing for EUR" }
}

/// Waits for `condition` to hold, checking every few milliseconds, for at most `limit`.
func eventually(within limit: Duration = .seconds(20), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}

/// A monitor whose records land in `sink`.
func experimentMonitor(_ sink: MemorySink) -> InvariantMonitor {
    InvariantMonitor(sampler: .always, sinks: [sink])
}
