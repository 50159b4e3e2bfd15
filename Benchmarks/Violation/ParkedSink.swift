// A sink that holds the reporter's queue while it is closed, so a benchmark can measure callers with
// nothing running beside them.

import Foundation
import Synchronization

final class ParkedSink: Sendable {
    private let closed = Atomic<Bool>(false)
    private let parked = Atomic<Bool>(false)

    /// Makes the next batch park the reporter's queue.
    func close() { closed.store(true, ordering: .releasing) }

    /// Lets the parked thread go on.
    func open() { closed.store(false, ordering: .releasing) }

    /// Called by the sink on the reporter's queue: waits while closed.
    func park() {
        guard closed.load(ordering: .acquiring) else { return }
        parked.store(true, ordering: .releasing)
        while closed.load(ordering: .acquiring) { usleep(2_000) }
        parked.store(false, ordering: .releasing)
    }

    /// Waits until the reporter's queue is parked.
    func waitUntilParked() {
        while !parked.load(ordering: .acquiring) { usleep(10) }
    }
}
