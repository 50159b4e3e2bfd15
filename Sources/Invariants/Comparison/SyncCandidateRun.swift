/// One synchronous candidate waiting for, or running on, one of an experiment's workers.
final class SyncCandidateRun<Input: Sendable, Output: Sendable>: CandidateJob {
    let runner: ExperimentRunner<Input, Output>
    let call: ShadowCall<Input, Output>
    let candidate: @Sendable (Input) throws -> Output

    init(
        runner: ExperimentRunner<Input, Output>, call: ShadowCall<Input, Output>,
        candidate: @escaping @Sendable (Input) throws -> Output
    ) {
        self.runner = runner
        self.call = call
        self.candidate = candidate
    }

    func run() {
        let verdict = CandidateVerdict()
        let timer = runner.armTimeout(verdict, call, cancel: nil)
        let start = ContinuousClock.now
        let result = Result { try candidate(call.input) }
        let elapsed = ContinuousClock.now - start
        timer.cancel()
        runner.finish(call, result, elapsed: elapsed, verdict: verdict)
    }
}
