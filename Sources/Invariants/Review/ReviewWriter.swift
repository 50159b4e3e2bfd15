import Foundation

/// Carries review items from guarded calls to the queue on a thread of its own.
///
/// `submit` appends to a bounded buffer under a lock and returns; when the buffer is full the item is
/// dropped and counted. The thread appends what is buffered in batches. `flush` and `shutdown` wait for it
/// with a deadline on the monotonic clock.
final class ReviewWriter: @unchecked Sendable {
    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var buffer: [ReviewItem] = []
    private var health = ReviewHealth()
    private var writing = 0
    private var accepting = true
    private var finished = false
    private var stopped = false

    private let queue: any ReviewQueue
    private let capacity: Int

    init(queue: any ReviewQueue, capacity: Int) {
        self.queue = queue
        self.capacity = capacity
        let thread = Thread { [self] in drain() }
        thread.name = "invariants.review"
        thread.start()
    }

    /// Enqueues an item; never waits for the queue.
    func submit(_ item: ReviewItem) {
        condition.lock()
        defer { condition.unlock() }
        health.routed += 1
        if !accepting {
            health.dropped[.shuttingDown, default: 0] += 1
        } else if buffer.count >= capacity {
            health.dropped[.queueFull, default: 0] += 1
        } else {
            buffer.append(item)
            condition.broadcast()
        }
    }

    /// The counters, with `pending` filled in.
    var currentHealth: ReviewHealth {
        condition.lock()
        defer { condition.unlock() }
        var snapshot = health
        snapshot.pending = buffer.count + writing
        return snapshot
    }

    /// Waits until every item submitted before the call was written or dropped; `false` if `deadline` passed.
    func flush(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let target = health.routed
        while settled < target && !stopped {
            if !wait(until: deadline) { break }
        }
        return settled >= target
    }

    /// Stops accepting items, writes what is buffered until `deadline`, and counts the rest as dropped.
    func shutdown(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        accepting = false
        let target = health.routed
        while settled < target && !stopped {
            if !wait(until: deadline) { break }
        }
        let drained = settled >= target
        if !buffer.isEmpty {
            health.dropped[.shuttingDown, default: 0] += buffer.count
            buffer.removeAll()
        }
        finished = true
        condition.broadcast()
        return drained
    }

    /// Stops accepting items without waiting; the thread still writes what is buffered, then exits.
    func finishInBackground() {
        condition.lock()
        accepting = false
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private var settled: Int { health.written + health.droppedTotal }

    private func wait(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - .now
        guard remaining > .zero else { return false }
        _ = condition.wait(until: Date(timeIntervalSinceNow: remaining.timeInterval))
        return true
    }

    private func drain() {
        condition.lock()
        while true {
            if !buffer.isEmpty {
                let batch = buffer
                buffer.removeAll(keepingCapacity: true)
                writing = batch.count
                condition.unlock()
                var failure: String?
                do { try queue.append(batch) } catch { failure = String(describing: error) }
                condition.lock()
                if let failure {
                    health.dropped[.sinkError, default: 0] += batch.count
                    health.lastError = failure
                } else {
                    health.written += batch.count
                }
                writing = 0
                condition.broadcast()
            } else if finished {
                stopped = true
                condition.broadcast()
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }
}
