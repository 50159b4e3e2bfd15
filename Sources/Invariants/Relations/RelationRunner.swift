import Foundation
import Synchronization

/// Runs one guarded function's relations in production: samples calls, hands each sampled call's
/// relation checks to the shadow-experiment workers (``CandidateWorkers``, bounded, with a timeout, held
/// by the monitor's ``CandidateTracker`` for flush and shutdown), and judges and records what they find.
final class RelationRunner<Input: Sendable, Output: Sendable>: Sendable {
    let relations: [Relation<Input, Output>]
    let monitor: InvariantMonitor
    let site: GuardSite
    let checks: RelationChecks
    let body: RelationBody<Input, Output>
    let samplingMode: SamplingMode
    /// Each relation's sampling rate, by position, for its records.
    let samplingRates: [Double]
    let inFlight = Atomic<Int>(0)
    let workers: CandidateWorkers
    /// The relations' health counts (evaluated, failed, errored), listed in the monitor's rule health.
    let tally: RuleTally?

    init(
        relations: [Relation<Input, Output>], monitor: InvariantMonitor, site: GuardSite, checks: RelationChecks,
        body: RelationBody<Input, Output>
    ) {
        self.relations = relations
        self.monitor = monitor
        self.site = site
        self.checks = checks
        self.body = body
        self.samplingMode = SamplingMode(checks.sampler)
        self.samplingRates = relations.map { relation in
            SamplingMode(checks.sampler) == .custom ? checks.sampler.rate(for: relation.descriptor, in: site.setID) : 1
        }
        self.workers = CandidateWorkers(limit: checks.options.workers, name: site.setID + ".relations")
        if monitor.countsRuleHealth {
            let tally = RuleTally(ruleCount: relations.count)
            monitor.healthRegistry.register(
                setID: site.setID, rules: relations.map(\.descriptor), tally: tally, estimatesChecks: false)
            self.tally = tally
        } else {
            self.tally = nil
        }
    }

    deinit {
        if let tally { monitor.healthRegistry.retire(tally) }
    }

    /// Called once per guarded call: a branch when the call is not sampled, else one enqueue for all relations.
    func offer(_ input: Input, _ output: Output) {
        switch samplingMode {
        case .never: return
        case .always: break
        case .custom: if checks.sampler.decide(setID: site.setID).isEmpty { return }
        }
        start(RelationCall(input: input, output: output, context: InvariantContext.current))
    }

    /// Starts the checks of a sampled call: inline, or one job (one enqueue) for all of its relations.
    private func start(_ call: RelationCall<Input, Output>) {
        checks.tally.add { $0.sampled += 1 }
        let job = RelationJob(runner: self, call: call)
        switch body {
        case .sync(let function) where checks.options.execution == .inline:
            for index in relations.indices {
                let begin = ContinuousClock.now
                let (seed, transformed) = job.transformedInput(index)
                let result = Result { try function(transformed) }
                judge(job, index, seed: seed, transformed: transformed, result, elapsed: ContinuousClock.now - begin)
            }
        case .sync:
            if admit() { workers.enqueue(job) }
        case .async(let function):
            // An `async` function's second calls always run in a task of their own: the hook cannot await.
            if admit() { Task.detached { await job.run(function) } }
        }
    }

    /// Takes a place for a sampled call's background checks, or counts them as skipped.
    private func admit() -> Bool {
        guard monitor.candidates.begin() else {
            checks.tally.add { $0.skipped += relations.count }
            return false
        }
        if inFlight.wrappingAdd(1, ordering: .relaxed).newValue > checks.options.maxInFlight {
            inFlight.wrappingSubtract(1, ordering: .relaxed)
            monitor.candidates.end()
            checks.tally.add { $0.skipped += relations.count }
            return false
        }
        return true
    }

    /// Starts the timeout of a background check: if it fires first, the check is counted as timed out.
    func armTimeout(_ verdict: CandidateVerdict, cancel: (@Sendable () -> Void)?) -> Task<Void, Never> {
        Task.detached { [self] in
            do { try await Task.sleep(for: checks.options.timeout) } catch { return }
            guard verdict.claim() else { return }
            cancel?()
            if !monitor.candidates.abandonsVerdicts { checks.tally.add { $0.timeouts += 1 } }
            monitor.candidates.end()
        }
    }

    /// A background check's second call finished: judge it unless the timeout claimed it.
    func finish(
        _ job: RelationJob<Input, Output>, _ index: Int, seed: RelationSeed?, transformed: Input,
        _ result: Result<Output, any Error>, elapsed: Duration, verdict: CandidateVerdict
    ) {
        guard verdict.claim() else { return }
        if monitor.candidates.abandonsVerdicts {
            checks.tally.add { $0.abandoned += 1 }
        } else {
            judge(job, index, seed: seed, transformed: transformed, result, elapsed: elapsed)
        }
        monitor.candidates.end()
    }

    /// A sampled call's background checks are all done: free its place.
    func release() {
        inFlight.wrappingSubtract(1, ordering: .relaxed)
    }
}

/// A sampled call, as its relation checks need it.
struct RelationCall<Input: Sendable, Output: Sendable>: Sendable {
    let input: Input
    let output: Output
    let context: InvariantContext
}
