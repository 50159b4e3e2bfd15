import Synchronization

/// Whether, and how, a guard runs its set's relations in production.
///
/// Checking a relation calls the wrapped function a second time, on a transformed input (``Metamorphic``)
/// or on the same input (``Deterministic``). That is only safe for a function that can be called twice
/// without harm: no payment charged twice, no email sent twice, no counter bumped twice. So a guard runs
/// no relation unless it says so with ``rerun(_:sampler:options:)``. Without a `relations:` argument the
/// function is never called again, and the guard of a set with relations says so once on standard error;
/// ``off`` says the same silently, for a guard that decided not to.
///
/// ```swift
/// let relationChecks = RelationChecks.rerun(.pure, sampler: .ratio(0.01))
/// let quote = monitor.guarded(quoteRules, relations: relationChecks) { cart in try PricingEngine.quote(cart) }
/// relationChecks.counts   // sampled 12: matched 11, mismatched 1, …
/// ```
///
/// On a sampled call the caller pays the sampler's decision and one enqueue per relation; the second call
/// runs on a few workers (serial Dispatch queues, no thread while idle) with a timeout, and what it finds goes to the monitor's sinks and
/// alert rules like any violation, with both inputs, both outputs and the transform's seed
/// (``ViolationRecord/comparison``). A second call that is slow, throws or never returns never reaches the
/// caller; a sampled call finding the pool full is skipped and counted (``ExperimentCounts/skipped``).
public struct RelationChecks: Sendable {
    /// Why the wrapped function may be called a second time.
    ///
    /// ```swift
    /// RelationChecks.rerun(.idempotent)
    /// ```
    public enum Safety: String, Sendable, Hashable {
        /// The function has no side effects: its result depends on its input only (and any nondeterminism
        /// is the bug a ``Deterministic`` relation looks for).
        ///
        /// ```swift
        /// RelationChecks.rerun(.pure)   // a price calculation, an authorization decision
        /// ```
        case pure
        /// The function has side effects, but doing them twice is the same as doing them once (an upsert, a
        /// cache fill), for the original input and for every transformed one.
        ///
        /// ```swift
        /// RelationChecks.rerun(.idempotent)   // writes a cache entry keyed by the input
        /// ```
        case idempotent
    }

    /// Why the function may run twice; `nil` when relations do not run.
    ///
    /// ```swift
    /// RelationChecks.off.safety   // nil
    /// ```
    public let safety: Safety?
    /// Which calls run the relations; 1 % of calls by default.
    ///
    /// ```swift
    /// RelationChecks.rerun(.pure).sampler   // ratio(0.01)
    /// ```
    public let sampler: any Sampler
    /// How long the second call may take before its check is given up (counted as a timeout, not recorded).
    ///
    /// ```swift
    /// RelationChecks.rerun(.pure, options: .init(timeout: .milliseconds(200))).options.timeout
    /// ```
    public let options: ExperimentOptions
    let tally: RelationTally

    /// Relations do not run: the function is never called twice, and the guard does not warn about it.
    ///
    /// ```swift
    /// monitor.guarded(quoteRules, relations: .off) { try PricingEngine.quote($0) }
    /// ```
    public static var off: RelationChecks {
        RelationChecks(safety: nil, sampler: .never, options: ExperimentOptions())
    }

    /// Runs the set's relations on the calls `sampler` picks, calling the function again off the caller's
    /// path: only for a function that is safe to call twice, as `safety` declares.
    ///
    /// - Parameters:
    ///   - safety: Why the wrapped function may be called a second time.
    ///   - sampler: Which calls run the relations; `.ratio(0.01)` by default.
    ///   - options: The second call's timeout (1 s), workers (2), bound on calls queued or running (64), and
    ///     ``ExperimentOptions/Execution/inline`` to run it on the caller's thread (tests, batch jobs). The
    ///     origins, severity and owner of the options do not apply: records carry the guard's origin and
    ///     each relation's severity and owner.
    ///
    /// ```swift
    /// monitor.guarded(quoteRules, relations: .rerun(.pure, sampler: .ratio(0.05))) { try PricingEngine.quote($0) }
    /// ```
    public static func rerun(
        _ safety: Safety, sampler: any Sampler = .ratio(0.01), options: ExperimentOptions = ExperimentOptions()
    ) -> RelationChecks {
        RelationChecks(safety: safety, sampler: sampler, options: options)
    }

    private init(safety: Safety?, sampler: any Sampler, options: ExperimentOptions) {
        self.safety = safety
        self.sampler = sampler
        self.options = options
        self.tally = RelationTally()
    }

    /// What the relation checks of every guard using these checks did so far: sampled calls, and per check
    /// whether the relation held (``ExperimentCounts/matched``), was violated (``ExperimentCounts/mismatched``),
    /// the second call threw (``ExperimentCounts/candidateErrors``) or timed out, or the check was skipped
    /// (``ExperimentCounts/skipped``: too many in flight) or abandoned at shutdown.
    ///
    /// ```swift
    /// print(relationChecks.counts)   // sampled 40: matched 39, mismatched 1, …
    /// ```
    public var counts: ExperimentCounts { tally.counts.withLock { $0 } }
}

/// The counts behind ``RelationChecks/counts``, shared by every guard that uses the same checks.
final class RelationTally: Sendable {
    let counts = Mutex(ExperimentCounts())

    func add(_ change: (inout ExperimentCounts) -> Void) {
        counts.withLock { change(&$0) }
    }
}
