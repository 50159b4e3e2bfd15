/// The relation checks of one sampled call, waiting for or running on the workers: one job, one enqueue,
/// whatever the number of relations. Each check has its own timeout and its own hold on the monitor's
/// flush (the first one taken by the caller when the job was admitted).
final class RelationJob<Input: Sendable, Output: Sendable>: CandidateJob {
    let runner: RelationRunner<Input, Output>
    let call: RelationCall<Input, Output>

    init(runner: RelationRunner<Input, Output>, call: RelationCall<Input, Output>) {
        self.runner = runner
        self.call = call
    }

    /// A fresh seed, when the relation's transform is randomised, and the second call's input.
    func transformedInput(_ index: Int) -> (RelationSeed?, Input) {
        let relation = runner.relations[index]
        let seed = relation.newSeed()
        return (seed, relation.transformed(call.input, seed: seed))
    }

    /// Runs a synchronous function's second calls on one of the workers.
    func run() {
        guard case .sync(let function) = runner.body else { return }
        for index in runner.relations.indices where begins(index) {
            let verdict = CandidateVerdict()
            let timer = runner.armTimeout(verdict, cancel: nil)
            let (seed, transformed) = transformedInput(index)
            let start = ContinuousClock.now
            let result = Result { try function(transformed) }
            let elapsed = ContinuousClock.now - start
            timer.cancel()
            runner.finish(self, index, seed: seed, transformed: transformed, result, elapsed: elapsed, verdict: verdict)
        }
        runner.release()
    }

    /// Runs an `async` function's second calls, each in a task of its own cancelled at the timeout.
    func run(_ function: @escaping @Sendable (Input) async throws -> Output) async {
        for index in runner.relations.indices where begins(index) {
            let verdict = CandidateVerdict()
            let (seed, transformed) = transformedInput(index)
            let work = Task { try await function(transformed) }
            let timer = runner.armTimeout(verdict, cancel: { work.cancel() })
            let start = ContinuousClock.now
            let result = await work.result
            let elapsed = ContinuousClock.now - start
            timer.cancel()
            runner.finish(self, index, seed: seed, transformed: transformed, result, elapsed: elapsed, verdict: verdict)
        }
        runner.release()
    }

    /// Holds the monitor's flush for check `index`: the caller took the first hold; later ones are taken
    /// here, and refused (the check abandoned) once the monitor is shutting down.
    private func begins(_ index: Int) -> Bool {
        if index == 0 || runner.monitor.candidates.begin() { return true }
        runner.checks.tally.add { $0.abandoned += 1 }
        return false
    }
}
