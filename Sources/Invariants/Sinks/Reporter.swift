import Foundation

/// Carries violation records from guarded calls to the sinks, off the callers' threads.
///
/// `submit` never blocks on I/O: it appends to a bounded buffer under a lock and returns. A dedicated
/// thread drains the buffer in batches: it finishes each batch (``RecordFinisher``: captures the values
/// the callers deferred, redacts, runs `beforeRecord`), then hands it to every sink. When the buffer is
/// full — `capacity` records, or records estimated to hold `memoryLimit` bytes, the batch being written
/// included — the newest record is dropped and counted (``DropReason/queueFull``), so memory stays
/// bounded in any storm.
///
/// Sinks are only ever called from that thread — `record`, `flush` and `close` alike — so a sink needs
/// no locking of its own, and nothing is recorded into a sink after it was closed. `flush` and
/// `shutdown` post requests to the thread and wait for them with a deadline (on the monotonic clock).
final class Reporter: @unchecked Sendable {
    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var buffer: [ReporterEntry] = []
    private var health = ReporterHealth()
    private var writing = 0
    /// The estimated memory of the buffered records and of the batch being written.
    private var heldBytes = 0
    private var accepting = true
    /// Set once shutdown begins: the thread drains what is buffered, closes the sinks and exits.
    private var finished = false
    /// Set by the thread once it closed the sinks.
    private var closed = false
    private var shutdownResult: Bool?
    private var flushesRequested = 0
    private var flushesDone = 0

    private let sinks: [any ViolationSink]
    private let finisher: RecordFinisher
    private let capacity: Int
    private let memoryLimit: Int
    /// Work the background thread does about once per `tickInterval` while idle (alert windows).
    private let tick: (@Sendable () -> Void)?
    private let tickInterval = Duration.seconds(1)
    /// Records finished and handed to the sinks at a time.
    static let chunkSize = 256

    init(
        sinks: [any ViolationSink],
        finisher: RecordFinisher,
        capacity: Int,
        memoryLimit: Int = .max,
        tick: (@Sendable () -> Void)? = nil
    ) {
        precondition(capacity > 0, "InvariantMonitor: the reporter's capacity must be positive, got \(capacity)")
        precondition(memoryLimit > 0, "InvariantMonitor: the buffer memory limit must be positive, got \(memoryLimit)")
        self.sinks = sinks
        self.finisher = finisher
        self.capacity = capacity
        self.memoryLimit = memoryLimit
        self.tick = tick
        buffer.reserveCapacity(min(capacity, 1024))
        let thread = Thread { [self] in drain() }
        thread.name = "invariants.reporter"
        thread.start()
    }

    /// Enqueues records; never waits for a sink.
    func submit(_ entries: [ReporterEntry]) {
        condition.lock()
        defer { condition.unlock() }
        health.produced += entries.count
        for entry in entries {
            if !accepting {
                health.dropped[.shuttingDown, default: 0] += 1
                continue
            }
            let bytes = entry.estimatedMemory
            if buffer.count >= capacity || heldBytes + bytes > memoryLimit {
                health.dropped[.queueFull, default: 0] += 1
            } else {
                buffer.append(entry)
                heldBytes += bytes
            }
        }
        condition.broadcast()
    }

    /// Enqueues one record that is ready but for the `beforeRecord` hook.
    func submit(_ record: ViolationRecord) {
        submit([ReporterEntry(record)])
    }

    /// The counters, with `pending` filled in.
    var currentHealth: ReporterHealth {
        condition.lock()
        defer { condition.unlock() }
        var snapshot = health
        snapshot.pending = buffer.count + writing
        return snapshot
    }

    /// Waits until every record submitted before the call was handed to the sinks (or dropped) and the
    /// sinks were flushed. Records submitted meanwhile do not make it wait longer.
    /// Returns `false` if `deadline` passed first.
    func flush(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let target = health.produced
        flushesRequested += 1
        let ticket = flushesRequested
        condition.broadcast()
        while !closed && (settled < target || flushesDone < ticket) {
            if !wait(until: deadline) { break }
        }
        return settled >= target && (flushesDone >= ticket || closed)
    }

    /// Stops accepting records, drains until `deadline`, counts what is left as dropped, and has the
    /// thread close the sinks. A second call waits for the first one's outcome, within its own deadline.
    func shutdown(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if !accepting {
            while shutdownResult == nil || !closed {
                if !wait(until: deadline) { return false }
            }
            return shutdownResult ?? false
        }
        accepting = false
        let target = health.produced
        condition.broadcast()
        while settled < target {
            if !wait(until: deadline) { break }
        }
        let drained = settled >= target
        if !buffer.isEmpty {
            health.dropped[.shuttingDown, default: 0] += buffer.count
            heldBytes -= buffer.reduce(0) { $0 + $1.estimatedMemory }
            buffer.removeAll()
        }
        finished = true
        shutdownResult = drained
        condition.broadcast()
        while !closed {
            if !wait(until: deadline) { return false }
        }
        return drained
    }

    /// Starts shutting down without waiting: what is buffered is still written, then the sinks close.
    func finishInBackground() {
        condition.lock()
        accepting = false
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Records that reached a final state: recorded or dropped.
    private var settled: Int { health.recorded + health.droppedTotal }

    /// Waits on the condition until `deadline` on the monotonic clock; `false` once it has passed.
    private func wait(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - .now
        guard remaining > .zero else { return false }
        _ = condition.wait(until: Date(timeIntervalSinceNow: remaining.timeInterval))
        return true
    }

    private func drain() {
        var nextTick = ContinuousClock.now + tickInterval
        condition.lock()
        while true {
            if !buffer.isEmpty {
                let batch = buffer
                buffer.removeAll(keepingCapacity: true)
                writing = batch.count
                condition.unlock()
                // In chunks, so only one chunk's deferred values are captured (and in memory twice) at a time.
                for start in stride(from: 0, to: batch.count, by: Self.chunkSize) {
                    let chunk = batch[start..<min(start + Self.chunkSize, batch.count)]
                    let chunkBytes = chunk.reduce(0) { $0 + $1.estimatedMemory }
                    let (records, vetoed) = finisher.finish(chunk)
                    let failed = !records.isEmpty && write(records)
                    condition.lock()
                    heldBytes -= chunkBytes
                    writing -= chunk.count
                    if vetoed > 0 { health.dropped[.vetoed, default: 0] += vetoed }
                    if failed {
                        health.dropped[.sinkError, default: 0] += records.count
                    } else {
                        health.recorded += records.count
                    }
                    condition.broadcast()
                    condition.unlock()
                }
                condition.lock()
            } else if flushesDone < flushesRequested {
                let request = flushesRequested
                condition.unlock()
                tick?()
                for sink in sinks { try? sink.flush() }
                condition.lock()
                nextTick = ContinuousClock.now + tickInterval
                flushesDone = request
                condition.broadcast()
            } else if finished {
                condition.unlock()
                for sink in sinks { try? sink.close() }
                condition.lock()
                closed = true
                condition.broadcast()
                condition.unlock()
                return
            } else if let tick, ContinuousClock.now >= nextTick {
                condition.unlock()
                tick()
                nextTick = ContinuousClock.now + tickInterval
                condition.lock()
            } else if tick != nil {
                _ = wait(until: nextTick)
            } else {
                condition.wait()
            }
        }
    }

    /// Hands a batch to every sink; `true` if any sink failed.
    private func write(_ batch: [ViolationRecord]) -> Bool {
        var failed = false
        for sink in sinks {
            do { try sink.record(batch) } catch { failed = true }
        }
        return failed
    }
}
