extension PropertyResult {
    /// A human-readable account of the run: counterexample, original, failure, seed and how to replay it,
    /// shrinking statistics and the label distribution.
    ///
    /// ```swift
    /// Property(over: .int).check { $0 < 100 }.report
    /// // Property failed after 3 cases (seed 8731…). Counterexample: 100 …
    /// ```
    public var report: String {
        var lines: [String] = []
        let title = name.map { "Property \"\($0)\"" } ?? "Property"
        switch stopReason {
        case .passed:
            lines.append("\(title) passed \(casesRun) cases (seed \(seed)).")
        case .gaveUp(let why):
            lines.append("\(title) gave up after \(casesRun) cases (seed \(seed)): \(why)")
        case .failed, .shrinkStepCapHit, .shrinkTimeCapHit:
            lines.append("\(title) failed after \(casesRun) cases (seed \(seed)).")
            lines.append("Counterexample: \(render(counterexample))")
            lines.append("Original counterexample: \(render(originalCounterexample))")
            if let failureMessage { lines.append("Failure: \(failureMessage)") }
            var shrinking = "Shrunk \(shrinks) times in \(shrinkSteps) steps"
            if stopReason == .shrinkStepCapHit { shrinking += "; stopped at the shrink step cap (not fully shrunk)" }
            if stopReason == .shrinkTimeCapHit { shrinking += "; stopped at the shrink time cap (not fully shrunk)" }
            lines.append(shrinking + ".")
            if replayedSavedExample { lines.append("Found by replaying the saved failing example first.") }
            lines.append(
                "Replay: run again with INVARIANTS_SEED=\(seed) in the environment, or pass seed: \(seed)."
            )
        }
        if !labels.isEmpty {
            lines.append("Labels:")
            let total = max(1, casesRun)
            for (label, count) in labels.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                let percent = (Double(count) * 100 / Double(total)).rounded()
                lines.append("  \(Int(percent))% \(label) (\(count))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func render(_ value: Value?) -> String {
        guard let value else { return "none" }
        let text = String(reflecting: value)
        return text.count <= 2_000 ? text : String(text.prefix(2_000)) + "… (truncated)"
    }
}
