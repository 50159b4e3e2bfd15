/// One relation check of one sampled call, waiting for or running on the workers.
final class RelationJob<Input: Sendable, Output: Sendable>: CandidateJob {
    let runner: RelationRunner<Input, Output>
    let call: RelationCall<Input, Output>
    let index: Int

    init(runner: RelationRunner<Input, Output>, call: RelationCall<Input, Output>, index: Int) {
        self.runner = runner
        self.call = call
        self.index = index
    }

    var relation: Relation<Input, Output> { runner.relations[index] }

    /// A fresh seed, when the transform is randomised, and the second call's input.
    func transformedInput() -> (RelationSeed?, Input) {
        let seed = relation.newSeed()
        return (seed, relation.transformed(call.input, seed: seed))
    }

    /// Runs a synchronous function's second call on a worker thread.
    func run() {
        guard case .sync(let function) = runner.body else { return }
        let verdict = CandidateVerdict()
        let timer = runner.armTimeout(verdict, cancel: nil)
        let (seed, transformed) = transformedInput()
        let start = ContinuousClock.now
        let result = Result { try function(transformed) }
        let elapsed = ContinuousClock.now - start
        timer.cancel()
        runner.finish(self, seed: seed, transformed: transformed, result, elapsed: elapsed, verdict: verdict)
    }

    /// Runs an `async` function's second call in a task of its own, cancelled at the timeout.
    func run(_ function: @escaping @Sendable (Input) async throws -> Output) async {
        let verdict = CandidateVerdict()
        let (seed, transformed) = transformedInput()
        let work = Task { try await function(transformed) }
        let timer = runner.armTimeout(verdict, cancel: { work.cancel() })
        let start = ContinuousClock.now
        let result = await work.result
        let elapsed = ContinuousClock.now - start
        timer.cancel()
        runner.finish(self, seed: seed, transformed: transformed, result, elapsed: elapsed, verdict: verdict)
    }
}
