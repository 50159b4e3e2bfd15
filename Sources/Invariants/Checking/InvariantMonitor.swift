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
/// A monitor is cheap to share: use one per service. Records are finished (captured, redacted,
/// `beforeRecord`) once in the background, then each sink gets them through a delivery lane of its own — a
/// bounded queue and a worker on a Dispatch queue — so a sink that hangs, throws or is slow delays and drops
/// only its own records (``ReporterHealth/sinks``). A monitor keeps no thread of its own: its background work
/// (the intake, the lanes, alert deliveries, shadow candidates) runs on serial Dispatch queues that hold one
/// of Dispatch's pooled threads only while they have work, so many monitors share a few threads.
public final class InvariantMonitor: Sendable {
    /// Chooses which calls are checked.
    ///
    /// ```swift
    /// print(monitor.sampler)   // ratio(0.05) always(critical)
    /// ```
    public let sampler: any Sampler
    /// What guarded calls do about failed rules, unless a guard says otherwise.
    ///
    /// ```swift
    /// InvariantMonitor(policy: .enforce(atLeast: .critical)).policy   // info=observe … critical=enforce
    /// ```
    public let policy: Policy
    /// What is removed from inputs, outputs and messages before any sink or `beforeRecord` sees a record.
    ///
    /// ```swift
    /// InvariantMonitor(redaction: .default.addingKeys("email")).redaction
    /// ```
    public let redaction: Redaction
    /// Largest captured input or output, in bytes of JSON.
    ///
    /// ```swift
    /// InvariantMonitor(snapshotByteLimit: 4_096).snapshotByteLimit   // 4096
    /// ```
    public let snapshotByteLimit: Int
    /// Edits or vetoes each record on the reporter's queue, after redaction and before any sink sees it;
    /// `false` vetoes (counted as ``DropReason/vetoed``).
    ///
    /// The hook sees every record the monitor produces: violations, shadow-experiment mismatches. It runs
    /// on the reporter's queue, so a slow hook delays recording, never the guarded call.
    ///
    /// ```swift
    /// InvariantMonitor(beforeRecord: { record in record.context.tenant != "load-test" })
    /// ```
    public let beforeRecord: (@Sendable (inout ViolationRecord) -> Bool)?
    /// The engine behind the monitor's alert rules, or `nil` without any; ``AlertEngine/firing`` lists
    /// what is firing now.
    ///
    /// ```swift
    /// monitor.alerts?.firing.map(\.summary)
    /// ```
    public let alerts: AlertEngine?

    /// Whether checks count each rule's evaluations, failures and errors (see ``ruleHealth``).
    ///
    /// ```swift
    /// InvariantMonitor(ruleHealth: false).countsRuleHealth   // false
    /// ```
    public let countsRuleHealth: Bool

    /// How the hot path samples, decided once: `.always` and `.never` need no call to the sampler.
    @usableFromInline
    let samplingMode: SamplingMode
    let reporter: Reporter
    let healthRegistry = RuleHealthRegistry()
    /// Review routing, or `nil` without routes: guarded calls then skip it with one branch.
    @usableFromInline
    let review: ReviewRouter?
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
    ///   - bufferCapacity: Records held at most, in the intake buffer and in each sink's lane alike; past it
    ///     the newest are dropped (and counted, per sink in ``ReporterHealth/sinks``).
    ///   - bufferMemoryLimit: Estimated bytes the held records may take at most (32 MiB by default), in the
    ///     intake and in each lane alike, the batch being written included; past it the newest are dropped
    ///     and counted as with `bufferCapacity`. Lanes share each finished record, so the monitor holds at
    ///     most about twice this. A captured value in memory takes about twelve times its JSON size, so with
    ///     1 KB inputs the default holds about 2,000 records per lane; a `Sendable` value still waiting to be
    ///     captured on the reporter's queue counts as its inline size plus the average JSON size of the
    ///     values captured before it (a small record costs about 1 KiB, so 10,000 of them fit).
    ///   - snapshotByteLimit: Largest captured input or output; larger ones are truncated.
    ///   - ruleHealth: Whether checks count each rule's evaluations, failures and errors (one relaxed atomic
    ///     add per evaluated rule; see ``ruleHealth``). Violation-rate alerts divide by these counts, so
    ///     turning it off leaves their rate unknown and they never fire.
    ///   - beforeRecord: Edits or vetoes each record, redacted, before any sink sees it (on the reporter's
    ///     thread), for example to drop a noisy tenant or scrub a field the redaction does not know
    ///     (`return false` vetoes).
    ///   - review: Routes a sample of checked calls, passing or failing, to a review queue (see ``ReviewRouting``).
    ///   - remoteDelivery: With a ``JournalSink`` among `sinks`, whether webhook and OTLP sinks ship from the
    ///     journal (the default: lossless while the endpoint is down, resumed after a restart from an offset
    ///     file next to the journal) or from memory (see ``RemoteDelivery``).
    ///
    /// ```swift
    /// let monitor = InvariantMonitor(
    ///     sampler: .ratio(0.05).always(for: .critical),
    ///     sinks: [.journal(at: URL(filePath: "invariants/violations.jsonl")), .console],
    ///     alerts: [.count(5, within: .seconds(60), notify: .console)],
    ///     policy: .observe,
    ///     redaction: .default.addingKeys("email"),
    ///     bufferCapacity: 50_000
    /// )
    /// ```
    public init(
        sampler: any Sampler = .always,
        sinks: [any ViolationSink] = [.console],
        alerts: [AlertRule] = [],
        policy: Policy = .observe,
        redaction: Redaction = .default,
        bufferCapacity: Int = 10_000,
        bufferMemoryLimit: Int = 32 << 20,
        snapshotByteLimit: Int = Snapshot.defaultByteLimit,
        ruleHealth: Bool = true,
        beforeRecord: (@Sendable (inout ViolationRecord) -> Bool)? = nil,
        review: ReviewRouting? = nil,
        remoteDelivery: RemoteDelivery = .fromJournal
    ) {
        self.countsRuleHealth = ruleHealth
        self.review = review.flatMap { $0.routes.isEmpty ? nil : ReviewRouter($0) }
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
            let engine = AlertEngine(rules: alerts, deliversInBackground: true)
            allSinks.append(engine)
            tick = { [healthRegistry] in
                for (setID, count) in healthRegistry.drainAdjustedChecks(rate: sampler.rate(for:in:)) {
                    engine.observeChecks(setID: setID, count: count)
                }
                engine.evaluate()
            }
            self.alerts = engine
        }
        self.reporter = Reporter(
            sinks: allSinks,
            finisher: RecordFinisher(redaction: redaction, byteLimit: snapshotByteLimit, beforeRecord: beforeRecord),
            capacity: bufferCapacity, memoryLimit: bufferMemoryLimit, remoteDelivery: remoteDelivery, tick: tick
        )
    }

    /// Asks the sampler, out of line, so the hot path never copies the sampler existential. `sample` is the
    /// call's sample when a guard's ``RatioGate`` drew it already (the sampler is then a ``RatioSampler``).
    @usableFromInline
    func decide(setID: String, always: RuleSelection, tally: RuleTally?, sample: UInt64? = nil) -> RuleSelection {
        var selection: RuleSelection
        if let sample, let ratio = sampler as? RatioSampler {
            selection = ratio.decide(setID: setID, sample: sample)
        } else {
            selection = sampler.decide(setID: setID)
        }
        selection.formUnion(always)
        return selection.counting(into: tally)
    }

    /// The skip test a guard of `set` runs before calling the function, when the sampler is a ``RatioSampler``
    /// and a call it skips can check no rule of `set` (none has an always-checked severity or id); else `nil`.
    func ratioGate<Input, Output>(for set: InvariantSet<Input, Output>) -> RatioGate? {
        guard let ratio = sampler as? RatioSampler else { return nil }
        let alwaysChecks = set.rules.contains { ratio.alwaysMask & $0.severity.bit != 0 }
        if alwaysChecks || !alwaysChecked(in: set).isEmpty { return nil }
        return RatioGate(
            threshold: ratio.threshold, counter: SamplingCounter(seed: SamplingKey.hash(set.id)), boost: ratio.boost)
    }

    /// The rules of `set` the sampler checks on every call (its per-rule overrides), as a selection.
    @usableFromInline
    func alwaysChecked<Input, Output>(in set: InvariantSet<Input, Output>) -> RuleSelection {
        let ordinals = sampler.alwaysCheckedOrdinals(of: set.rules, in: set.id)
        return ordinals.isEmpty ? .none : RuleSelection.none.including(ordinals: ordinals)
    }

    /// A monitor released without ``shutdown(deadline:)`` still writes what it buffered and closes its
    /// sinks, in the background: releasing it never blocks.
    deinit {
        reporter.finishInBackground()
        review?.writer.finishInBackground()
    }

    /// Produced, recorded and dropped record counts, for the monitor and per sink (``ReporterHealth/sinks``).
    ///
    /// ```swift
    /// let health = monitor.health
    /// print(health)   // produced 20, recorded 20, dropped 0, pending 0
    /// for sink in health.sinks { print(sink) }   // journal violations.jsonl: produced 20, delivered 20, …
    /// ```
    public var health: ReporterHealth { reporter.currentHealth }

    /// How often each rule of every guarded set was evaluated, passed, failed and threw, summed over this
    /// monitor's guarded functions (not ``check(_:input:output:origin:fileID:function:line:)``): empty unless
    /// ``countsRuleHealth``. Other monitors guarding the same set keep their own counts. Subtract an earlier
    /// reading to see one window (``RuleHealth/window(_:since:)``); a rule still at 0 after busy traffic was
    /// never evaluated.
    ///
    /// ```swift
    /// for rule in monitor.ruleHealth where rule.evaluated == 0 { print("never evaluated:", rule.invariantID) }
    /// ```
    public var ruleHealth: [RuleHealth] { healthRegistry.health }

    /// Waits until every record submitted so far reached the sinks, then flushes them and brings the alert
    /// engine up to date (check counts for rate rules, windows), and until every call routed to review so
    /// far reached the review queue; first waits for shadow experiments' candidates in flight (see
    /// ``experiment(_:control:candidate:sampler:equivalent:rules:ignore:ignoreUntil:options:fileID:function:line:)``).
    ///
    /// - Returns: `false` if `timeout` passed first.
    ///
    /// ```swift
    /// await monitor.flush()
    /// #expect(memory.invariantIDs == ["pricing.quote/tax-non-negative"])
    /// ```
    @discardableResult
    public func flush(timeout: Duration = .seconds(5)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        let (reporter, review, candidates) = (reporter, review, candidates)
        return await Self.offThread {
            let settled = candidates.wait(until: deadline)
            let flushed = reporter.flush(until: deadline)
            return review?.writer.flush(until: deadline) != false && flushed && settled
        }
    }

    /// Stops recording, drains the buffer into the sinks until `deadline`, and closes them; routed review
    /// items are written to the review queue within the same deadline.
    ///
    /// Records still buffered at the deadline, in the intake or in a sink's lane (the batch a hanging sink
    /// holds included), and any submitted afterwards, are counted as dropped (``DropReason/shuttingDown``);
    /// once it returns, no sink is called again (a call already under way may still finish). Shadow
    /// experiments start no new candidates; those in flight are waited for until the deadline, and any that
    /// finish later are counted as abandoned. Calling it twice is harmless.
    ///
    /// - Returns: `false` if the deadline passed before everything was written, or if a sink failed at any
    ///   time (could not be opened, threw while recording, flushing or closing; see ``ReporterHealth/sinks``).
    ///
    /// ```swift
    /// let drained = await monitor.shutdown(deadline: .seconds(5))   // at the end of the service's life
    /// ```
    @discardableResult
    public func shutdown(deadline: Duration = .seconds(5)) async -> Bool {
        let until = ContinuousClock.now + deadline
        let (reporter, review, candidates) = (reporter, review, candidates)
        return await Self.offThread {
            let settled = candidates.close(until: until)
            let drained = review?.writer.shutdown(until: until) != false
            return reporter.shutdown(until: until) && drained && settled
        }
    }

    /// Runs a blocking wait off Swift concurrency's cooperative pool: on a serial Dispatch queue of its own,
    /// which Dispatch serves from its overcommitting pool (it reuses an idle pooled thread, or starts one
    /// when none is free, so concurrent waits never wait for each other), never on `DispatchQueue.global()`
    /// (on Linux concurrency's jobs share that pool, which is slow to grow when its threads block).
    private static func offThread(_ work: @escaping @Sendable () -> Bool) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue(label: "invariants.wait").async { continuation.resume(returning: work()) }
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
