extension PropertyResult {
    /// The same result over another value type: a metamorphic run over `(input, seed)` pairs is reported to
    /// callers as a result over its inputs (the seed stays in the report and the failure message).
    func mapValues<Other>(_ transform: (Value) -> Other) -> PropertyResult<Other> {
        var mapped = PropertyResult<Other>(
            name: name,
            counterexample: counterexample.map(transform),
            originalCounterexample: originalCounterexample.map(transform),
            seed: seed,
            casesRun: casesRun,
            shrinkSteps: shrinkSteps,
            shrinks: shrinks,
            stopReason: stopReason,
            error: error,
            failureMessage: failureMessage,
            labels: labels,
            replayedSavedExample: replayedSavedExample
        )
        mapped.evaluations = evaluations
        mapped.shrinkEvaluations = shrinkEvaluations
        mapped.discarded = discarded
        return mapped
    }
}
