import Foundation
import Synchronization

/// Everything an experiment does besides calling the control: sampling, running the candidate, judging,
/// counting and recording. Shared by ``Experiment`` and ``AsyncExperiment``.
@usableFromInline
final class ExperimentRunner<Input: Sendable, Output: Sendable>: Sendable {
    let name: String
    let monitor: InvariantMonitor
    let sampler: any Sampler
    @usableFromInline
    let samplingMode: SamplingMode
    let equivalence: Equivalence<Input, Output>
    let ignore: (@Sendable (Output, Output) -> Bool)?
    let ignoreUntil: Date?
    let options: ExperimentOptions
    let callSite: CallSite
    let samplingRate: Double
    let counters = Mutex(ExperimentCounts())
    let inFlight = Atomic<Int>(0)
    let workers: CandidateWorkers

    init(
        name: String,
        monitor: InvariantMonitor,
        sampler: any Sampler,
        equivalence: Equivalence<Input, Output>,
        ignore: (@Sendable (Output, Output) -> Bool)?,
        ignoreUntil: Date?,
        options: ExperimentOptions,
        callSite: CallSite
    ) {
        precondition(!name.isEmpty && !name.contains("/"), "experiment: a name must be non-empty and have no '/'")
        self.name = name
        self.monitor = monitor
        self.sampler = sampler
        self.samplingMode = SamplingMode(sampler)
        self.equivalence = equivalence
        self.ignore = ignore
        self.ignoreUntil = ignoreUntil
        self.options = options
        self.callSite = callSite
        let rule = RuleDescriptor(
            ruleID: "mismatch", severity: options.severity, owner: nil, tags: [], kind: "Experiment")
        self.samplingRate = SamplingMode(sampler) == .custom ? sampler.rate(for: rule, in: name) : 1
        self.workers = CandidateWorkers(limit: options.workers, name: name)
    }

    /// Whether this call runs the candidate too. No lock, clock or allocation for `.always` and `.never`.
    @inlinable
    func isSampled() -> Bool {
        switch samplingMode {
        case .always: return true
        case .never: return false
        case .custom: return decide()
        }
    }

    @usableFromInline
    func decide() -> Bool {
        !sampler.decide(setID: name).isEmpty
    }

    var counts: ExperimentCounts {
        counters.withLock { $0 }
    }

    // MARK: - Sampled calls

    /// Runs the control, hands the candidate its share, and returns what the control did.
    @usableFromInline
    func runSampled(
        _ input: Input,
        control: (Input) throws -> Output,
        candidate: @escaping @Sendable (Input) throws -> Output
    ) throws -> Output {
        let call = measure(input) { Result { try control(input) } }
        switch options.execution {
        case .inline:
            let start = ContinuousClock.now
            let result = Result { try candidate(input) }
            judge(call, result, elapsed: ContinuousClock.now - start)
        case .background:
            if admit() { workers.enqueue(SyncCandidateRun(runner: self, call: call, candidate: candidate)) }
        }
        return try call.control.get()
    }

    /// The `async` twin of ``runSampled(_:control:candidate:)``.
    @usableFromInline
    func runSampled(
        _ input: Input,
        control: (Input) async throws -> Output,
        candidate: @escaping @Sendable (Input) async throws -> Output
    ) async throws -> Output {
        counters.withLock { $0.sampled += 1 }
        let context = InvariantContext.current
        let start = ContinuousClock.now
        let result: Result<Output, any Error>
        do { result = .success(try await control(input)) } catch { result = .failure(error) }
        let call = ShadowCall(
            input: input, control: result, controlTime: ContinuousClock.now - start, context: context)
        switch options.execution {
        case .inline:
            let candidateStart = ContinuousClock.now
            let outcome: Result<Output, any Error>
            do { outcome = .success(try await candidate(input)) } catch { outcome = .failure(error) }
            judge(call, outcome, elapsed: ContinuousClock.now - candidateStart)
        case .background:
            if admit() {
                Task.detached { [self] in await runInBackground(call, candidate) }
            }
        }
        return try call.control.get()
    }

    private func measure(_ input: Input, _ control: () -> Result<Output, any Error>) -> ShadowCall<Input, Output> {
        counters.withLock { $0.sampled += 1 }
        let context = InvariantContext.current
        let start = ContinuousClock.now
        let result = control()
        return ShadowCall(input: input, control: result, controlTime: ContinuousClock.now - start, context: context)
    }

    /// Takes a place for a background candidate, or counts the call as skipped.
    private func admit() -> Bool {
        guard monitor.candidates.begin() else {
            counters.withLock { $0.skipped += 1 }
            return false
        }
        if inFlight.wrappingAdd(1, ordering: .relaxed).newValue > options.maxInFlight {
            inFlight.wrappingSubtract(1, ordering: .relaxed)
            monitor.candidates.end()
            counters.withLock { $0.skipped += 1 }
            return false
        }
        return true
    }

    // MARK: - Background runs

    /// Starts the timeout: if it fires before the candidate finishes, the call is recorded as timed out.
    func armTimeout(
        _ verdict: CandidateVerdict, _ call: ShadowCall<Input, Output>, cancel: (@Sendable () -> Void)?
    )
        -> Task<Void, Never>
    {
        Task.detached { [self] in
            do { try await Task.sleep(for: options.timeout) } catch { return }
            guard verdict.claim() else { return }
            cancel?()
            conclude(call, .none, elapsed: nil)
        }
    }

    /// The candidate finished: judge it unless the timeout already claimed the call; free its place.
    func finish(
        _ call: ShadowCall<Input, Output>, _ result: Result<Output, any Error>, elapsed: Duration,
        verdict: CandidateVerdict
    ) {
        if verdict.claim() { conclude(call, result, elapsed: elapsed) }
        inFlight.wrappingSubtract(1, ordering: .relaxed)
    }

    private func runInBackground(
        _ call: ShadowCall<Input, Output>, _ candidate: @escaping @Sendable (Input) async throws -> Output
    ) async {
        let verdict = CandidateVerdict()
        let input = call.input
        let work = Task { try await candidate(input) }
        let timer = armTimeout(verdict, call, cancel: { work.cancel() })
        let start = ContinuousClock.now
        let result = await work.result
        let elapsed = ContinuousClock.now - start
        timer.cancel()
        finish(call, result, elapsed: elapsed, verdict: verdict)
    }

    /// Judges a background call (a `nil` result: it timed out) and releases its hold on the monitor's flush.
    private func conclude(_ call: ShadowCall<Input, Output>, _ result: Result<Output, any Error>?, elapsed: Duration?) {
        defer { monitor.candidates.end() }
        if monitor.candidates.abandonsVerdicts {
            counters.withLock { $0.abandoned += 1 }
            return
        }
        if let result, let elapsed {
            judge(call, result, elapsed: elapsed)
        } else {
            recordTimeout(call)
        }
    }
}
