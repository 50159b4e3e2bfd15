public import Foundation

/// How a shadow experiment runs its candidate and records what it finds.
///
/// ```swift
/// let options = ExperimentOptions(
///     timeout: .milliseconds(200), maxInFlight: 32,
///     controlOrigin: .human(commit: "1a2b3c4"), candidateOrigin: .generated(by: "model-x", prompt: "sha256:…")
/// )
/// let quote = monitor.experiment("pricing.v2", control: legacyQuote, candidate: generatedQuote, options: options)
/// ```
public struct ExperimentOptions: Sendable {
    /// Where the candidate runs.
    ///
    /// ```swift
    /// ExperimentOptions(execution: .inline)
    /// ```
    public enum Execution: Sendable, Hashable {
        /// On the experiment's own workers (synchronous candidates; serial Dispatch queues that hold a pooled
        /// thread only while they run one) or in a detached task (`async` ones): the caller pays only the
        /// enqueue and never waits for the candidate.
        ///
        /// ```swift
        /// ExperimentOptions(execution: .background)
        /// ```
        case background
        /// On the caller's thread, right after the control: the caller waits for the candidate. The timeout
        /// is then not enforced, only measured: a candidate that took longer counts as timed out.
        ///
        /// ```swift
        /// ExperimentOptions(execution: .inline)   // in a test or a batch job
        /// ```
        case inline
    }

    /// Where the candidate runs; ``Execution/background`` by default.
    ///
    /// ```swift
    /// options.execution   // .background
    /// ```
    public var execution: Execution
    /// How long the candidate may take before it counts as timed out (its result is then discarded).
    ///
    /// ```swift
    /// ExperimentOptions(timeout: .milliseconds(200))
    /// ```
    public var timeout: Duration
    /// The most candidates queued or running at once; a sampled call past it is skipped and counted.
    ///
    /// ```swift
    /// ExperimentOptions(maxInFlight: 256)
    /// ```
    public var maxInFlight: Int
    /// How many synchronous candidates run at once in the background. Each worker is a serial Dispatch queue
    /// that holds one of Dispatch's pooled threads only while it runs candidates, so an idle experiment holds
    /// none. A candidate that never returns keeps its thread; once all workers are stuck, sampled calls queue
    /// up to ``maxInFlight``, then are skipped.
    ///
    /// ```swift
    /// ExperimentOptions(workers: 4)
    /// ```
    public var workers: Int
    /// Where the control's code came from.
    ///
    /// ```swift
    /// ExperimentOptions(controlOrigin: .human(commit: "1a2b3c4"))
    /// ```
    public var controlOrigin: CodeOrigin
    /// Where the candidate's code came from: the records' ``ViolationRecord/origin``.
    ///
    /// ```swift
    /// ExperimentOptions(candidateOrigin: .generated(by: "model-x", prompt: "sha256:…"))
    /// ```
    public var candidateOrigin: CodeOrigin
    /// The severity of the records (mismatches, candidate errors and timeouts).
    ///
    /// ```swift
    /// ExperimentOptions(severity: .error)
    /// ```
    public var severity: Severity
    /// The team or person who owns the experiment, recorded as the records' owner.
    ///
    /// ```swift
    /// ExperimentOptions(owner: "payments")
    /// ```
    public var owner: String?
    /// The current time, for the expiry of ignored differences; injectable for tests.
    ///
    /// ```swift
    /// ExperimentOptions(now: { clock.date })   // a clock the test sets
    /// ```
    public var now: @Sendable () -> Date

    /// Creates options; every parameter has a default.
    ///
    /// ```swift
    /// ExperimentOptions(timeout: .milliseconds(200), maxInFlight: 32)
    /// ```
    public init(
        execution: Execution = .background,
        timeout: Duration = .seconds(1),
        maxInFlight: Int = 64,
        workers: Int = 2,
        controlOrigin: CodeOrigin = .unknown,
        candidateOrigin: CodeOrigin = .unknown,
        severity: Severity = .warning,
        owner: String? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        precondition(timeout > .zero, "ExperimentOptions: the timeout must be positive, got \(timeout)")
        precondition(maxInFlight > 0, "ExperimentOptions: maxInFlight must be positive, got \(maxInFlight)")
        precondition(workers > 0, "ExperimentOptions: workers must be positive, got \(workers)")
        self.execution = execution
        self.timeout = timeout
        self.maxInFlight = maxInFlight
        self.workers = workers
        self.controlOrigin = controlOrigin
        self.candidateOrigin = candidateOrigin
        self.severity = severity
        self.owner = owner
        self.now = now
    }
}
