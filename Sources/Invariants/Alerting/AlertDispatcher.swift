import Foundation

/// Sends alerts to their channels on a thread of its own, so a slow or dead channel (a webhook that
/// hangs until its timeout) never holds up the alert engine's delivery lane and the violations behind it.
///
/// The queue is bounded: when `capacity` deliveries wait, newer ones are dropped and counted in
/// ``AlertEngineStats/dropped``.
final class AlertDispatcher: @unchecked Sendable {
    // All mutable state is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [AlertDelivery] = []
    private var sending = false
    private var finished = false
    private let capacity: Int

    /// A dispatcher holding at most `capacity` waiting deliveries; nothing is sent until ``start(_:)``.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Starts the sending thread; `send` runs on it, one batch at a time.
    func start(_ send: @escaping @Sendable ([AlertDelivery]) -> Void) {
        let thread = Thread { [self] in run(send) }
        thread.name = "invariants.alerts"
        thread.start()
    }

    /// Queues `deliveries`; returns how many did not fit.
    func enqueue(_ deliveries: [AlertDelivery]) -> Int {
        condition.lock()
        defer { condition.unlock() }
        let room = max(0, capacity - queue.count)
        queue.append(contentsOf: deliveries.prefix(room))
        condition.broadcast()
        return deliveries.count - min(room, deliveries.count)
    }

    /// Waits until everything queued so far was sent, or `deadline` passed; `false` if it passed first.
    func waitUntilIdle(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !queue.isEmpty || sending {
            let remaining = deadline - .now
            guard remaining > .zero else { return false }
            _ = condition.wait(until: Date(timeIntervalSinceNow: remaining.timeInterval))
        }
        return true
    }

    /// Lets the thread send what is queued and end.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func run(_ send: @Sendable ([AlertDelivery]) -> Void) {
        condition.lock()
        while true {
            if !queue.isEmpty {
                let batch = queue
                queue.removeAll(keepingCapacity: true)
                sending = true
                condition.unlock()
                send(batch)
                condition.lock()
                sending = false
                condition.broadcast()
            } else if finished {
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }
}
