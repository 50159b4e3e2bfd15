import Foundation

/// Carries violation records from guarded calls to the sinks, off the callers' threads.
///
/// `submit` never blocks on I/O: it appends to a bounded intake buffer under a lock, queues a drain unless
/// one is queued or running, and returns. The drain runs on a serial Dispatch queue while the intake holds
/// records (no thread is held while it is empty): it finishes each chunk once (``RecordFinisher``: captures
/// the values the callers deferred, redacts, runs `beforeRecord`), then offers it to every sink's
/// ``DeliveryLane``. With alert rules, a Dispatch timer on the same queue ticks the engine about once a second.
/// When the intake is full — `capacity` records, or records estimated to hold `memoryLimit` bytes, the
/// chunk being finished included — the newest record is dropped and counted (``DropReason/queueFull``).
///
/// Each sink has its own lane, bounded by the same `capacity` and `memoryLimit`: a sink that hangs, throws
/// or is slow drops only its own records. The lanes share each finished chunk (one copy in memory), so the
/// records held are bounded by the intake plus the fullest lane: about twice the limits at most.
///
/// The monitor's totals count a record as recorded once every lane delivered it, and as dropped (for the
/// first reason a lane gave) otherwise; ``SinkHealth`` has each lane's own counts.
final class Reporter: @unchecked Sendable {
    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var buffer: [ReporterEntry] = []
    private var health = ReporterHealth()
    private var finishing = 0
    /// The sequence number of the first record of the chunk being finished, if one is.
    private var finishingFrom: Int?
    /// Finished chunks offered to the lanes and not yet settled: the sequence number of each one's first
    /// record, ascending from `firstUnsettled` (what is before it settled); chunks settled out of order wait
    /// in `settledAhead` until those before them settle.
    private var offeredChunks: [Int] = []
    private var firstUnsettled = 0
    private var settledAhead: Set<Int> = []
    /// Set while the drain offers a finished chunk to the lanes (which never waits): shutdown waits for it.
    private var offering = false
    /// The estimated memory of the buffered records and of the chunk being finished.
    private var heldBytes = 0
    private var accepting = true
    /// Set once shutdown begins: the drain finishes what is buffered, then begins closing the lanes.
    private var finished = false
    /// Whether a drain is queued or running on `queue`.
    private var draining = false
    /// Set when shutdown's deadline passed with records still in the intake: they were counted as dropped.
    private var abandoned = false
    private var shutdownResult: Bool?
    /// The average JSON size of a deferred call's captured input and output so far, which estimates what
    /// the next deferred call holds in memory until it is captured.
    private var deferredBytesAverage = 0

    private let lanes: [DeliveryLane<ViolationRecord>]
    /// Remote sinks fed from the journal's lane (``RemoteDelivery/fromJournal``), shared with other monitors
    /// that write the same journal sink and send to the same endpoint.
    private let shippers: [JournalShipper]
    /// This reporter, as a user of the shippers.
    private let shippingUser = JournalHolds.User()
    /// The lane of the journal the shippers read, which tells them when it wrote records.
    private let journalLane: Int?
    /// Each sink's health, in the order of the monitor's sinks.
    private let sinkHealth: [@Sendable () -> SinkHealth]
    private let finisher: RecordFinisher
    private let capacity: Int
    private let memoryLimit: Int
    /// Where the intake is drained and the tick runs, one at a time.
    private let queue = DispatchQueue(label: "invariants.reporter")
    /// Work done about once a second on `queue` (alert windows), or `nil`: then no timer runs.
    private let tick: (@Sendable () -> Void)?
    private let ticker: (any DispatchSourceTimer)?
    /// Records finished and handed to the lanes at a time.
    static let chunkSize = 256

    init(
        sinks: [any ViolationSink],
        finisher: RecordFinisher,
        capacity: Int,
        memoryLimit: Int = .max,
        remoteDelivery: RemoteDelivery = .fromMemory,
        tick: (@Sendable () -> Void)? = nil
    ) {
        precondition(capacity > 0, "InvariantMonitor: the reporter's capacity must be positive, got \(capacity)")
        precondition(memoryLimit > 0, "InvariantMonitor: the buffer memory limit must be positive, got \(memoryLimit)")
        let redaction = finisher.redaction
        let describe: @Sendable (any Error) -> String = { redaction.redact(text: String(describing: $0)) }
        // Remote sinks ship from a journal that could be opened; from memory otherwise, so a broken journal
        // does not cost them their records.
        let journal =
            remoteDelivery == .fromJournal
            ? sinks.lazy.compactMap { $0 as? JournalSink }.first { (try? $0.open()) != nil } : nil
        var lanes: [DeliveryLane<ViolationRecord>] = []
        var shippers: [JournalShipper] = []
        var sinkHealth: [@Sendable () -> SinkHealth] = []
        var journalLane: Int?
        for sink in sinks {
            // One shipper per journal and endpoint: a second monitor sharing both uses the first one's, which
            // ships the second's lines too (and the second's own sink is not called). A sink whose offset file
            // is shipped elsewhere (another query or headers) or already by this monitor delivers from memory.
            if let journal, let name = sink.shippingName, let destination = sink.shippingDestination,
                let shipper = journal.holds.shipper(
                    named: name, destination: destination, for: shippingUser,
                    make: {
                        JournalShipper(sink: sink, name: name, journal: journal, describe: describe)
                    })
            {
                shippers.append(shipper)
                sinkHealth.append { shipper.currentHealth }
            } else {
                if let journal, sink as? JournalSink === journal { journalLane = lanes.count }
                let lane = DeliveryLane<ViolationRecord>(
                    name: sink.laneName, capacity: capacity, memoryLimit: memoryLimit,
                    destination: .init(
                        open: { try sink.open() }, deliver: { try sink.record($0) }, flush: { try sink.flush() },
                        close: { try sink.close() }),
                    describe: describe)
                lanes.append(lane)
                sinkHealth.append { lane.currentHealth }
            }
        }
        self.lanes = lanes
        self.shippers = shippers
        self.sinkHealth = sinkHealth
        self.journalLane = journalLane
        self.finisher = finisher
        self.capacity = capacity
        self.memoryLimit = memoryLimit
        self.tick = tick
        let queue = self.queue
        self.ticker = tick.map { tick in
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + 1, repeating: 1, leeway: .milliseconds(100))
            timer.setEventHandler(handler: tick)
            timer.resume()
            return timer
        }
        buffer.reserveCapacity(min(capacity, 1024))
        for lane in lanes { lane.open() }
    }

    deinit {
        ticker?.cancel()
    }

    /// Enqueues records; never waits for a sink.
    func submit(_ entries: [ReporterEntry]) {
        condition.lock()
        defer { condition.unlock() }
        for var entry in entries {
            entry.sequence = health.produced
            health.produced += 1
            if !accepting {
                health.dropped[.shuttingDown, default: 0] += 1
                continue
            }
            entry.admit(deferredBytesAverage: deferredBytesAverage)
            if buffer.count >= capacity || heldBytes + entry.heldBytes > memoryLimit {
                health.dropped[.queueFull, default: 0] += 1
            } else {
                buffer.append(entry)
                heldBytes += entry.heldBytes
            }
        }
        if !buffer.isEmpty { scheduleDrainLocked() }
    }

    /// Enqueues one record that is ready but for the `beforeRecord` hook.
    func submit(_ record: ViolationRecord) {
        submit([ReporterEntry(record)])
    }

    /// The counters, with `pending` filled in and every sink's lane.
    var currentHealth: ReporterHealth {
        condition.lock()
        var snapshot = health
        condition.unlock()
        snapshot.pending = snapshot.produced - snapshot.recorded - snapshot.droppedTotal
        snapshot.sinks = sinkHealth.map { $0() }
        return snapshot
    }

    /// Waits until every record submitted before the call was delivered by every lane (or dropped), then
    /// brings the alert engine up to date and flushes the sinks. It waits for those records by sequence
    /// number: records submitted meanwhile neither make it wait longer (but for sharing a chunk with an
    /// earlier one) nor, dropped at once under a storm, end the wait early. Returns `false` if `deadline`
    /// passed first.
    func flush(until deadline: ContinuousClock.Instant) -> Bool {
        flush(recordsBefore: nextSequence, until: deadline)
    }

    /// The sequence number the next submitted record gets: the records produced so far.
    var nextSequence: Int {
        condition.lock()
        defer { condition.unlock() }
        return health.produced
    }

    /// ``flush(until:)`` for the records whose sequence number is below `target`.
    func flush(recordsBefore target: Int, until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        condition.broadcast()
        while firstUnsettledSequence < target {
            if !condition.wait(until: deadline) { break }
        }
        let drained = firstUnsettledSequence >= target
        condition.unlock()
        guard drained else { return false }
        tick?()
        let tickets = lanes.map { $0.requestFlush() }
        let flushed = zip(lanes, tickets).allSatisfy { lane, ticket in lane.waitForFlush(ticket, until: deadline) }
        return shippers.allSatisfy { $0.waitUntilShipped(until: deadline) } && flushed
    }

    /// Stops accepting records, drains the intake and every lane until `deadline`, counts what is left as
    /// dropped, and closes the sinks; a lane still busy at the deadline is abandoned and its sink never called
    /// again. A second call waits for the first one's outcome, within its own deadline.
    /// Returns `false` if anything was not delivered or a sink failed.
    func shutdown(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        if !accepting {
            while shutdownResult == nil {
                if !condition.wait(until: deadline) {
                    condition.unlock()
                    return false
                }
            }
            let result = shutdownResult ?? false
            condition.unlock()
            return result
        }
        accepting = false
        condition.broadcast()
        while !buffer.isEmpty || finishing > 0 || offering {
            if !condition.wait(until: deadline) { break }
        }
        let intakeDrained = buffer.isEmpty && finishing == 0
        if !intakeDrained {
            abandoned = true
            health.dropped[.shuttingDown, default: 0] += buffer.count + finishing
            buffer.removeAll()
            finishing = 0
            finishingFrom = nil
            heldBytes = 0
        }
        finished = true
        condition.broadcast()
        while offering { condition.wait() }  // brief: offering a chunk to the lanes never waits
        condition.unlock()
        ticker?.cancel()

        for lane in lanes { lane.beginClosing() }
        let lanesClean = lanes.map { $0.close(until: deadline) }.allSatisfy { $0 }
        let shipped = shippers.map { $0.stop(for: shippingUser, until: deadline) }.allSatisfy { $0 }
        let result = intakeDrained && lanesClean && shipped
        condition.lock()
        shutdownResult = result
        condition.broadcast()
        condition.unlock()
        return result
    }

    /// Starts shutting down without waiting: what is buffered is still delivered, then the sinks close;
    /// remote sinks stop shipping (what they have not shipped stays in the journal for the next run).
    func finishInBackground() {
        condition.lock()
        accepting = false
        finished = true
        scheduleDrainLocked()
        condition.unlock()
        ticker?.cancel()
        for shipper in shippers { _ = shipper.stop(for: shippingUser, until: .now) }
    }

    /// The sequence number of the oldest record not yet recorded or dropped (the next one's when none is):
    /// every record before it reached a final state. Records are finished and offered in the order they
    /// were submitted, so it is the first unsettled offered chunk's, else the chunk being finished's, else
    /// the first buffered record's. A chunk settles as one, so a flush may wait for a record of its chunk
    /// submitted after the call.
    private var firstUnsettledSequence: Int {
        if firstUnsettled < offeredChunks.count { return offeredChunks[firstUnsettled] }
        return finishingFrom ?? buffer.first?.sequence ?? health.produced
    }

    /// A chunk every lane ended: counted once in the monitor's totals. `chunk` is its first record's sequence
    /// number when it is among ``offeredChunks``.
    private func settle(_ count: Int, _ reason: DropReason?, chunk: Int?) {
        condition.lock()
        if let reason {
            health.dropped[reason, default: 0] += count
        } else {
            health.recorded += count
        }
        if let chunk {
            markSettled(chunk)
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Moves ``firstUnsettledSequence`` past `chunk` and the chunks after it that settled before it.
    private func markSettled(_ chunk: Int) {
        if firstUnsettled < offeredChunks.count && offeredChunks[firstUnsettled] == chunk {
            firstUnsettled += 1
            while firstUnsettled < offeredChunks.count, settledAhead.remove(offeredChunks[firstUnsettled]) != nil {
                firstUnsettled += 1
            }
            if firstUnsettled == offeredChunks.count || firstUnsettled > 1024 {
                offeredChunks.removeFirst(firstUnsettled)
                firstUnsettled = 0
            }
        } else {
            settledAhead.insert(chunk)
        }
    }

    /// Queues a drain unless one is queued or running. Called with `condition` locked.
    private func scheduleDrainLocked() {
        guard !draining else { return }
        draining = true
        queue.async { [self] in drain() }
    }

    /// Finishes and offers the intake chunk by chunk until it is empty, then gives its thread back; once
    /// shutdown began, it then begins closing the lanes.
    private func drain() {
        condition.lock()
        while !buffer.isEmpty && !abandoned {
            let count = min(buffer.count, Self.chunkSize)
            let chunk = Array(buffer.prefix(count))
            buffer.removeFirst(count)
            finishing = count
            finishingFrom = chunk[0].sequence
            condition.unlock()
            let (records, vetoed, deferredBytes) = finisher.finish(chunk[...])
            condition.lock()
            if abandoned { continue }  // shutdown's deadline counted this chunk as dropped
            heldBytes -= chunk.reduce(0) { $0 + $1.heldBytes }
            finishing = 0
            finishingFrom = nil
            offering = true
            if vetoed > 0 { health.dropped[.vetoed, default: 0] += vetoed }
            if let deferredBytes {
                deferredBytesAverage = (deferredBytesAverage * 7 + deferredBytes) / 8
            }
            if !records.isEmpty && !lanes.isEmpty { offeredChunks.append(chunk[0].sequence) }
            condition.unlock()
            offer(records, chunk: chunk[0].sequence)
            condition.lock()
            offering = false
            condition.broadcast()
        }
        draining = false
        let closeLanes = finished && !abandoned
        condition.unlock()
        if closeLanes { for lane in lanes { lane.beginClosing() } }
    }

    /// Offers finished records to every lane; the monitor's totals learn the outcome once all lanes ended it.
    private func offer(_ records: [ViolationRecord], chunk: Int) {
        guard !records.isEmpty else { return }
        guard !lanes.isEmpty else { return settle(records.count, nil, chunk: nil) }
        let bytes = records.reduce(0) { $0 + $1.estimatedMemory }
        let fanOut = FanOut(count: records.count, lanes: lanes.count) { [weak self] count, reason in
            self?.settle(count, reason, chunk: chunk)
        }
        for (index, lane) in lanes.enumerated() {
            if index == journalLane, !shippers.isEmpty {
                let (shippers, count) = (shippers, records.count)
                lane.offer(records, bytes: bytes) { reason in
                    // The shippers learn of the records before `flush` can see them settled.
                    if reason == nil { for shipper in shippers { shipper.nudge(count) } }
                    fanOut.settle(reason)
                }
            } else {
                lane.offer(records, bytes: bytes, settle: fanOut.settle)
            }
        }
    }
}
