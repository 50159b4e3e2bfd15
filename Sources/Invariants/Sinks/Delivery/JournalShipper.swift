import Dispatch
import Foundation

/// Feeds a remote sink (webhook, OTLP) from the local journal instead of memory, as Prometheus ships
/// remote-write from its WAL: it reads batches of lines from where it got to, hands them to the sink,
/// and saves how far the sink acknowledged in an offset file next to the journal
/// (`violations.jsonl.<sink>.offset`, replaced atomically), so it resumes there after a restart.
///
/// - While the endpoint fails, the same batch is retried with exponential backoff (up to
///   ``maxBackoff``); memory holds that one batch, whatever the backlog; the backlog stays on disk,
///   where rotation keeps every file the sink has not shipped (``JournalHolds``).
/// - A batch is acknowledged only after the sink returned; a crash or a timeout between the endpoint
///   taking a batch and the offset being saved sends that batch again: duplicates are limited to the last
///   unacknowledged batch (at most ``batchSize`` records). Records carry their `eventID` for deduplication.
/// - A sink first attached to an existing journal starts at the journal's end at that moment; afterwards
///   it resumes from its offset file.
///
/// The worker is a serial Dispatch queue: it holds a thread only while it reads or delivers, never while
/// it waits for records or for the next retry.
final class JournalShipper: @unchecked Sendable {
    /// The most records read and sent at a time.
    static let batchSize = 100
    /// The longest pause between retries.
    static let maxBackoff = Duration.seconds(30)
    /// The first pause after a failure; it doubles after each further one.
    static let firstBackoff = Duration.milliseconds(100)

    // All mutable state below is guarded by `condition`.
    private let condition = NSCondition()
    private var health: SinkHealth
    private var cursor: JournalCursor?
    /// Where the journal ended when the shipper started: records before it are the backlog of earlier runs.
    private var startMark: JournalCursor?
    private var backlogCounted = false
    private var running = false
    private var nudges = 0
    private var stopped = false
    private var backoff = firstBackoff
    private var streak = FailureStreak()

    private let sink: any ViolationSink
    private let journal: JournalSink
    private let paths: JournalPaths
    private let offsetPath: String
    /// The name claimed in the journal's ``JournalHolds``.
    private let name: String
    private let queue = DispatchQueue(label: "invariants.shipper")
    private let describe: @Sendable (any Error) -> String

    /// Starts shipping `journal` to `sink`; `name` (such as `webhook-127.0.0.1-8080-ingest`) names the offset
    /// file, and the caller claimed it in the journal's ``JournalHolds`` (released when the shipper stops).
    init(
        sink: any ViolationSink,
        name: String,
        journal: JournalSink,
        describe: @escaping @Sendable (any Error) -> String
    ) {
        self.sink = sink
        self.journal = journal
        self.paths = JournalPaths(journal.url)
        self.name = name
        let safeName = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "-" })
        self.offsetPath = paths.active + ".\(safeName).offset"
        self.describe = describe
        self.health = SinkHealth(name: sink.laneName + " (from the journal)")
        condition.lock()
        do {
            cursor = try JournalCursor.load(from: offsetPath)
        } catch {
            noteFailure(error)
        }
        startMark = JournalSystem.identity(paths.active).map { JournalCursor(inode: $0.inode, offset: $0.size) }
        if cursor == nil, let startMark {
            cursor = startMark
            try? startMark.save(to: offsetPath)
        }
        journal.holds.hold(cursor?.inode, for: ObjectIdentifier(self))
        running = true
        condition.unlock()
        queue.async { [self] in step() }
    }

    /// The journal took `count` more records: they are this sink's to ship.
    func nudge(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        health.produced += count
        nudges += 1
        if !running && !stopped {
            running = true
            queue.async { [self] in step() }
        }
    }

    /// The counters and last error. `pending` is what was produced and neither delivered nor dropped, never
    /// below 0: the shipper ships whatever the journal holds, which can be more than it was told of (a
    /// second monitor writing the same journal; its own records read before the journal's lane told it).
    var currentHealth: SinkHealth {
        condition.lock()
        defer { condition.unlock() }
        var snapshot = health
        snapshot.pending = max(0, health.produced - health.delivered - health.droppedTotal)
        return snapshot
    }

    /// Waits until every record the journal took so far was shipped; `false` if `deadline` passed first.
    func waitUntilShipped(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let target = health.produced
        while (health.delivered + health.droppedTotal < target || !backlogCounted) && !stopped {
            if !condition.wait(until: deadline) { return false }
        }
        return health.delivered + health.droppedTotal >= target
    }

    /// Ships until `deadline`, then stops: no batch is started afterwards; what is left stays in the journal
    /// (still `pending`) for the next run. `true` if everything was shipped.
    func stop(until deadline: ContinuousClock.Instant) -> Bool {
        let shipped = waitUntilShipped(until: deadline)
        condition.lock()
        let wasStopped = stopped
        stopped = true
        condition.broadcast()
        condition.unlock()
        if !wasStopped {
            journal.holds.hold(nil, for: ObjectIdentifier(self))
            journal.holds.release(name)
        }
        return shipped
    }

    /// Reads one batch from the cursor and ships it; schedules the next step (at once, after a backoff, or
    /// when nudged).
    private func step() {
        condition.lock()
        let seen = nudges
        guard !stopped else {
            running = false
            return condition.unlock()
        }
        let position = cursor
        let needsBacklog = !backlogCounted
        condition.unlock()

        if needsBacklog { countBacklog(from: position) }
        let failure: (any Error)?
        var read = JournalBatch(records: [], next: position, skipped: 0)
        do {
            read = try journal.withRotationPaused {
                try JournalBatch.read(paths: paths, from: position, limit: Self.batchSize)
            }
            if !read.records.isEmpty { try sink.record(read.records) }
            if let next = read.next, next != position { try next.save(to: offsetPath) }
            failure = nil
        } catch {
            failure = error
        }

        condition.lock()
        defer { condition.unlock() }
        if let failure {
            noteFailure(failure)
            let pause = backoff
            backoff = min(backoff * 2, Self.maxBackoff)
            guard !stopped else {
                running = false
                return
            }
            queue.asyncAfter(deadline: .now() + pause.timeInterval) { [self] in step() }
            return
        }
        streak.succeeded(health.name)
        backoff = Self.firstBackoff
        cursor = read.next
        journal.holds.hold(read.next?.inode, for: ObjectIdentifier(self))
        health.delivered += read.records.count
        if read.skipped > 0 { health.dropped[.sinkError, default: 0] += read.skipped }
        condition.broadcast()
        if !stopped && (read.next != position || nudges != seen) {
            queue.async { [self] in step() }
        } else {
            running = false
        }
    }

    /// Counts the records between the saved cursor and where the journal ended at start: earlier runs'
    /// records this sink has still to ship.
    private func countBacklog(from position: JournalCursor?) {
        let (paths, startMark) = (paths, startMark)
        let backlog =
            (try? journal.withRotationPaused { try JournalBatch.count(paths: paths, from: position, to: startMark) })
            ?? 0
        condition.lock()
        health.produced += backlog
        backlogCounted = true
        condition.broadcast()
        condition.unlock()
    }

    /// Records a failure in health; the first of a streak is printed to stderr.
    private func noteFailure(_ error: any Error) {
        let text = describe(error)
        health.lastError = text
        streak.failed(health.name, text, consequence: "retrying with backoff, records stay in the journal")
    }
}
