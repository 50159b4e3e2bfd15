import Dispatch
import Foundation

/// One destination's bounded queue, worker and accounting, as each exporter of an OpenTelemetry collector
/// has its own sending queue: a destination that hangs, throws or is slow delays and drops only its own items.
///
/// ``offer(_:bytes:settle:)`` never waits: a batch that does not fit (``capacity`` items or ``memoryLimit``
/// estimated bytes, the batch being delivered included) is dropped whole and counted
/// (``DropReason/queueFull``). The worker is a serial Dispatch queue, not a thread: it holds one of
/// Dispatch's pooled threads only while it delivers, so idle lanes cost no thread and a hanging destination
/// holds one. The destination is only ever called from that queue (deliver, flush and close alike), so it
/// needs no locking of its own.
///
/// ``close(until:)`` drains, then closes the destination; at its deadline the lane is abandoned instead:
/// what it still held, the batch being delivered included, is counted as dropped
/// (``DropReason/shuttingDown``) and the destination is never called again.
final class DeliveryLane<Item: Sendable>: @unchecked Sendable {
    /// What the lane delivers to: closures, so one lane type serves sinks, queues and channels alike.
    struct Destination: Sendable {
        var open: @Sendable () throws -> Void = {}
        var deliver: @Sendable ([Item]) throws -> Void
        var flush: @Sendable () throws -> Void = {}
        var close: @Sendable () throws -> Void = {}
    }

    /// A batch waiting in the lane, and whom to tell how it ended (`nil`: delivered).
    private struct Batch {
        var items: [Item]
        var bytes: Int
        var settle: (@Sendable (DropReason?) -> Void)?
    }

    private enum Work {
        case batch(Batch)
        case flush(ticket: Int)
    }

    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var work: [Work] = []
    private var inFlight: [Batch] = []
    private var health: SinkHealth
    private var heldBytes = 0
    private var scheduled = false
    private var flushesRequested = 0
    private var flushesDone = 0
    private var closing = false
    private var closed = false
    /// Set when shutdown's deadline passed first: the destination is never called again.
    private var abandoned = false
    /// Whether the destination ever threw; a failure streak is reported on stderr once.
    private var streak = FailureStreak()

    private let destination: Destination
    private let queue: DispatchQueue
    /// The most items handed to the destination in one call when several batches wait.
    static var coalescingLimit: Int { 1_024 }
    /// The most items the lane holds, the batch being delivered included.
    let capacity: Int
    /// The most estimated bytes the lane holds, the batch being delivered included.
    let memoryLimit: Int
    /// How an error is described in health and on stderr (redacted).
    private let describe: @Sendable (any Error) -> String

    init(
        name: String,
        capacity: Int,
        memoryLimit: Int,
        destination: Destination,
        describe: @escaping @Sendable (any Error) -> String = { String(describing: $0) }
    ) {
        self.health = SinkHealth(name: name)
        self.capacity = capacity
        self.memoryLimit = memoryLimit
        self.destination = destination
        self.describe = describe
        self.queue = DispatchQueue(label: "invariants.lane")
    }

    /// Opens the destination now, on the caller's thread; a failure is reported once on stderr and in
    /// ``currentHealth`` and makes ``close(until:)`` return `false`. Returns the error, if any.
    @discardableResult
    func open() -> (any Error)? {
        do {
            try destination.open()
            return nil
        } catch {
            condition.lock()
            noteFailure(error)
            condition.unlock()
            return error
        }
    }

    /// Enqueues a batch for delivery, or drops it whole when the lane is full or closing. `settle` is told
    /// how the batch ended, once: `nil` when delivered, else the reason it was dropped.
    func offer(_ items: [Item], bytes: Int, settle: (@Sendable (DropReason?) -> Void)? = nil) {
        guard !items.isEmpty else { return settle?(nil) ?? () }
        condition.lock()
        health.produced += items.count
        let reason: DropReason?
        if closing || abandoned {
            reason = .shuttingDown
        } else if health.pending + items.count > capacity || (heldBytes > 0 && heldBytes + bytes > memoryLimit) {
            // An idle lane takes any one batch the intake admitted (its estimate of a finished record can exceed
            // the intake's), so large records are not all lost; memory stays within the limit plus one batch.
            reason = .queueFull
        } else {
            reason = nil
            work.append(.batch(Batch(items: items, bytes: bytes, settle: settle)))
            health.pending += items.count
            heldBytes += bytes
            scheduleLocked()
        }
        if let reason { health.dropped[reason, default: 0] += items.count }
        condition.unlock()
        if let reason { settle?(reason) }
    }

    /// The lane's counters and last error.
    var currentHealth: SinkHealth {
        condition.lock()
        defer { condition.unlock() }
        return health
    }

    /// Asks the worker to flush the destination after what is queued now; pass the ticket to ``waitForFlush``.
    func requestFlush() -> Int {
        condition.lock()
        defer { condition.unlock() }
        flushesRequested += 1
        if !closing && !abandoned {
            work.append(.flush(ticket: flushesRequested))
            scheduleLocked()
        }
        return flushesRequested
    }

    /// Waits until the flush of `ticket` ran (or the lane closed); `false` if `deadline` passed first.
    func waitForFlush(_ ticket: Int, until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while flushesDone < ticket && !closed && !abandoned {
            if !condition.wait(until: deadline) { return false }
        }
        return flushesDone >= ticket || closed
    }

    /// Stops taking batches; the worker delivers what is queued, then closes the destination.
    func beginClosing() {
        condition.lock()
        defer { condition.unlock() }
        guard !closing else { return }
        closing = true
        scheduleLocked()
    }

    /// Waits for the lane to drain and close its destination until `deadline`; past it, abandons the lane.
    /// Returns `true` only if everything was delivered and the destination never failed.
    func close(until deadline: ContinuousClock.Instant) -> Bool {
        beginClosing()
        condition.lock()
        while !closed && !abandoned {
            if !condition.wait(until: deadline) { break }
        }
        var lost: [Batch] = []
        if !closed && !abandoned {
            abandoned = true
            lost.append(contentsOf: inFlight)
            for case .batch(let batch) in work { lost.append(batch) }
            work.removeAll()
            inFlight = []
            for batch in lost {
                health.dropped[.shuttingDown, default: 0] += batch.items.count
                health.pending -= batch.items.count
                heldBytes -= batch.bytes
            }
            condition.broadcast()
        }
        let clean = closed && !streak.everFailed
        condition.unlock()
        for batch in lost { batch.settle?(.shuttingDown) }
        return clean
    }

    private func scheduleLocked() {
        guard !scheduled && !abandoned else { return }
        scheduled = true
        queue.async { [self] in run() }
    }

    /// The worker: delivers, flushes and closes in order until nothing is left, then gives its thread back.
    private func run() {
        condition.lock()
        while !abandoned {
            if !work.isEmpty {
                switch work.removeFirst() {
                case .batch(let first):
                    // Batches queued back to back go out as one delivery (up to `coalescingLimit` items).
                    var batches = [first]
                    var count = first.items.count
                    while case .batch(let next) = work.first, count + next.items.count <= Self.coalescingLimit {
                        work.removeFirst()
                        batches.append(next)
                        count += next.items.count
                    }
                    inFlight = batches
                    condition.unlock()
                    let items = batches.count == 1 ? first.items : batches.flatMap(\.items)
                    let failure = attempt { try destination.deliver(items) }
                    condition.lock()
                    guard !abandoned else { break }  // shutdown counted it already
                    inFlight = []
                    health.pending -= count
                    heldBytes -= batches.reduce(0) { $0 + $1.bytes }
                    if failure == nil {
                        health.delivered += count
                    } else {
                        health.dropped[.sinkError, default: 0] += count
                    }
                    noteOutcome(failure, endsStreak: true)
                    condition.broadcast()
                    condition.unlock()
                    for batch in batches { batch.settle?(failure == nil ? nil : .sinkError) }
                    condition.lock()
                case .flush(let ticket):
                    condition.unlock()
                    let failure = attempt { try destination.flush() }
                    condition.lock()
                    noteOutcome(failure, endsStreak: false)
                    flushesDone = max(flushesDone, ticket)
                    condition.broadcast()
                }
            } else if closing && !closed {
                condition.unlock()
                let failure = attempt { try destination.close() }
                condition.lock()
                if abandoned { break }
                noteOutcome(failure, endsStreak: false)
                closed = true
                condition.broadcast()
            } else {
                break
            }
        }
        scheduled = false
        condition.unlock()
    }

    private func attempt(_ body: () throws -> Void) -> (any Error)? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    /// Records a call's outcome: the first failure of a streak is printed to stderr, a delivery ends it.
    private func noteOutcome(_ failure: (any Error)?, endsStreak: Bool) {
        if let failure {
            noteFailure(failure)
        } else if endsStreak {
            streak.succeeded(health.name)
        }
    }

    private func noteFailure(_ error: any Error) {
        let text = describe(error)
        health.lastError = text
        streak.failed(health.name, text, consequence: "its records are dropped until it works again")
    }
}
