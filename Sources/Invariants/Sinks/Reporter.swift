import Foundation

/// Carries violation records from guarded calls to the sinks, off the callers' threads.
///
/// `submit` never blocks on I/O: it appends to a bounded buffer under a lock and returns. A dedicated
/// thread drains the buffer in batches into every sink. When the buffer is full the newest record is
/// dropped and counted (``DropReason/queueFull``), so memory stays bounded in any storm.
final class Reporter: @unchecked Sendable {
    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var buffer: [ViolationRecord] = []
    private var health = ReporterHealth()
    private var writing = 0
    private var accepting = true
    private var finished = false

    private let sinks: [any ViolationSink]
    private let capacity: Int
    /// Work the background thread does about once per `tickInterval` while idle (alert windows).
    private let tick: (@Sendable () -> Void)?
    private let tickInterval: TimeInterval = 1

    init(sinks: [any ViolationSink], capacity: Int, tick: (@Sendable () -> Void)? = nil) {
        precondition(capacity > 0, "InvariantMonitor: the reporter's capacity must be positive, got \(capacity)")
        self.sinks = sinks
        self.capacity = capacity
        self.tick = tick
        buffer.reserveCapacity(min(capacity, 1024))
        let thread = Thread { [self] in drain() }
        thread.name = "invariants.reporter"
        thread.start()
    }

    /// Enqueues records; never waits for a sink.
    func submit(_ records: [ViolationRecord]) {
        condition.lock()
        defer { condition.unlock() }
        health.produced += records.count
        for record in records {
            if !accepting {
                health.dropped[.shuttingDown, default: 0] += 1
            } else if buffer.count >= capacity {
                health.dropped[.queueFull, default: 0] += 1
            } else {
                buffer.append(record)
            }
        }
        condition.broadcast()
    }

    /// The counters, with `pending` filled in.
    var currentHealth: ReporterHealth {
        condition.lock()
        defer { condition.unlock() }
        var snapshot = health
        snapshot.pending = buffer.count + writing
        return snapshot
    }

    /// Waits until everything submitted so far was handed to the sinks, then flushes them.
    /// Returns `false` if `deadline` passed first.
    func flush(until deadline: Date) -> Bool {
        condition.lock()
        while !buffer.isEmpty || writing > 0 {
            if !condition.wait(until: deadline) { break }
        }
        let drained = buffer.isEmpty && writing == 0
        condition.unlock()
        for sink in sinks { try? sink.flush() }
        return drained
    }

    /// Stops accepting records, drains until `deadline`, counts what is left as dropped, closes the sinks.
    func shutdown(until deadline: Date) -> Bool {
        condition.lock()
        guard accepting else {
            condition.unlock()
            return true
        }
        accepting = false
        condition.broadcast()
        condition.unlock()
        let drained = flush(until: deadline)
        condition.lock()
        if !buffer.isEmpty {
            health.dropped[.shuttingDown, default: 0] += buffer.count
            buffer.removeAll()
        }
        finished = true
        condition.broadcast()
        condition.unlock()
        for sink in sinks { try? sink.close() }
        return drained
    }

    private func drain() {
        var nextTick = Date(timeIntervalSinceNow: tickInterval)
        while true {
            condition.lock()
            while buffer.isEmpty && !finished {
                guard let tick else {
                    condition.wait()
                    continue
                }
                if Date() >= nextTick {
                    condition.unlock()
                    tick()
                    nextTick = Date(timeIntervalSinceNow: tickInterval)
                    condition.lock()
                } else {
                    _ = condition.wait(until: nextTick)
                }
            }
            if buffer.isEmpty && finished {
                condition.unlock()
                return
            }
            let batch = buffer
            buffer.removeAll(keepingCapacity: true)
            writing = batch.count
            condition.unlock()

            var failed = false
            for sink in sinks {
                do { try sink.record(batch) } catch { failed = true }
            }

            condition.lock()
            if failed {
                health.dropped[.sinkError, default: 0] += batch.count
            } else {
                health.recorded += batch.count
            }
            writing = 0
            condition.broadcast()
            condition.unlock()
        }
    }
}
