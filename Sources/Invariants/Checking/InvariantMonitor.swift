import Foundation

/// Checks guarded functions' outputs in production and sends every violation to the sinks.
///
/// ```swift
/// let monitor = InvariantMonitor(sampler: .always, sinks: [.console], policy: .observe)
/// let quote = monitor.guarded(quoteRules, origin: .generated(by: "model-x")) { cart in
///     try PricingEngine.quote(cart)
/// }
/// let q = try quote(cart)      // same result as PricingEngine.quote(cart) under .observe
/// await monitor.shutdown()
/// ```
///
/// A monitor is cheap to share: use one per service. Sinks run on its own background thread.
public final class InvariantMonitor: Sendable {
    /// Chooses which calls are checked.
    public let sampler: any Sampler
    /// What guarded calls do about failed rules, unless a guard says otherwise.
    public let policy: Policy
    /// What is removed from inputs and outputs before a record leaves the caller's thread.
    public let redaction: Redaction
    /// Largest captured input or output, in bytes of JSON.
    public let snapshotByteLimit: Int
    /// Edits or vetoes each record on the caller's thread, after redaction and before it is submitted;
    /// `false` vetoes (counted as ``DropReason/vetoed``).
    public let beforeRecord: (@Sendable (inout ViolationRecord) -> Bool)?
    /// The engine behind the monitor's alert rules, or `nil` without any; ``AlertEngine/firing`` lists
    /// what is firing now.
    public let alerts: AlertEngine?

    /// How the hot path samples, decided once: `.always` and `.never` need no call to the sampler.
    @usableFromInline
    let samplingMode: SamplingMode
    let reporter: Reporter
    /// Shadow experiments' candidates in flight, which `flush` and `shutdown` wait for.
    let candidates = CandidateTracker()

    /// Creates a monitor.
    ///
    /// - Parameters:
    ///   - sampler: Which calls to check; every call by default.
    ///   - sinks: Where records go; the console by default.
    ///   - alerts: When to tell someone: counts, rates, new fingerprints, regressions (see ``AlertRule``).
    ///   - policy: What a failed rule does to the call; `.observe` by default.
    ///   - redaction: What never leaves the process; ``Redaction/default`` by default.
    ///   - bufferCapacity: Records held for the sinks at most; the newest are dropped (and counted) past it.
    ///   - snapshotByteLimit: Largest captured input or output; larger ones are truncated.
    ///   - beforeRecord: Edits or vetoes each record before it leaves the caller's thread, for example
    ///     to drop a noisy tenant or scrub a field the redaction does not know (`return false` vetoes).
    public init(
        sampler: any Sampler = .always,
        sinks: [any ViolationSink] = [.console],
        alerts: [AlertRule] = [],
        policy: Policy = .observe,
        redaction: Redaction = .default,
        bufferCapacity: Int = 10_000,
        snapshotByteLimit: Int = Snapshot.defaultByteLimit,
        beforeRecord: (@Sendable (inout ViolationRecord) -> Bool)? = nil
    ) {
        self.beforeRecord = beforeRecord
        self.sampler = sampler
        self.policy = policy
        self.redaction = redaction
        self.snapshotByteLimit = snapshotByteLimit
        self.samplingMode = SamplingMode(sampler)
        var allSinks = sinks
        var tick: (@Sendable () -> Void)?
        if alerts.isEmpty {
            self.alerts = nil
        } else {
            let engine = AlertEngine(rules: alerts)
            allSinks.append(engine)
            tick = { engine.evaluate() }
            self.alerts = engine
        }
        self.reporter = Reporter(sinks: allSinks, capacity: bufferCapacity, tick: tick)
    }

    /// Asks the sampler, out of line, so the hot path never copies the sampler existential.
    @usableFromInline
    func decide(setID: String) -> RuleSelection {
        sampler.decide(setID: setID)
    }

    /// A monitor released without ``shutdown(deadline:)`` still writes what it buffered and closes its
    /// sinks, on its own thread: releasing it never blocks.
    deinit {
        reporter.finishInBackground()
    }

    /// Produced, recorded and dropped record counts.
    public var health: ReporterHealth { reporter.currentHealth }

    /// Waits until every record submitted so far reached the sinks, then flushes them; first waits for
    /// shadow experiments' candidates in flight (see ``experiment(_:control:candidate:sampler:equivalent:rules:ignore:ignoreUntil:options:fileID:function:line:)``).
    ///
    /// - Returns: `false` if `timeout` passed first.
    @discardableResult
    public func flush(timeout: Duration = .seconds(5)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        let (reporter, candidates) = (reporter, candidates)
        return await Self.offThread {
            let settled = candidates.wait(until: deadline)
            return reporter.flush(until: deadline) && settled
        }
    }

    /// Stops recording, drains the buffer into the sinks until `deadline`, and closes them.
    ///
    /// Records still buffered at the deadline, and any submitted afterwards, are counted as dropped
    /// (``DropReason/shuttingDown``). Shadow experiments start no new candidates; those in flight are waited
    /// for until the deadline, and any that finish later are counted as abandoned. Calling it twice is harmless.
    ///
    /// - Returns: `false` if the deadline passed before everything was written.
    @discardableResult
    public func shutdown(deadline: Duration = .seconds(5)) async -> Bool {
        let until = ContinuousClock.now + deadline
        let (reporter, candidates) = (reporter, candidates)
        return await Self.offThread {
            let settled = candidates.close(until: until)
            return reporter.shutdown(until: until) && settled
        }
    }

    /// Runs a blocking wait on a thread of its own, so no task of the cooperative pool blocks.
    private static func offThread(_ work: @escaping @Sendable () -> Bool) async -> Bool {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.start()
        }
    }
}

extension Duration {
    /// The duration in seconds, as Foundation counts time.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
