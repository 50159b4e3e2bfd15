/// Judging a relation check, counting it, and recording a violation.
extension RelationRunner {
    /// Counts the check as held, violated or a second call that threw, and records the last two.
    func judge(
        _ job: RelationJob<Input, Output>, _ index: Int, seed: RelationSeed?, transformed: Input,
        _ result: Result<Output, any Error>, elapsed: Duration
    ) {
        if elapsed > checks.options.timeout {
            checks.tally.add { $0.timeouts += 1 }
            return
        }
        let relation = relations[index]
        tally?.add(.evaluated, ordinal: index)
        let original = RelatedCall(input: job.call.input, output: job.call.output)
        switch result {
        case .success(let output):
            guard let violation = relation.check(original, RelatedCall(input: transformed, output: output)) else {
                checks.tally.add { $0.matched += 1 }
                return
            }
            checks.tally.add { $0.mismatched += 1 }
            tally?.add(violation.isRuleError ? .errored : .failed, ordinal: index)
            record(violation, job, index, seed: seed, transformed: transformed, output: output, elapsed: elapsed)
        case .failure(let error):
            checks.tally.add { $0.candidateErrors += 1 }
            tally?.add(.errored, ordinal: index)
            let text = monitor.redaction.redact(text: String(describing: error))
            let violation = RuleViolation(
                rule: relation.descriptor,
                message: relation.isDeterminism
                    ? "the same input threw on the second call: \(text)"
                    : "the call on the transformed input threw: \(text)")
            record(
                violation, job, index, seed: seed, transformed: transformed, output: nil, elapsed: elapsed, error: text)
        }
    }

    /// Builds the record on this (background) thread, captures and redacts both calls, and submits it.
    private func record(
        _ violation: RuleViolation, _ job: RelationJob<Input, Output>, _ index: Int, seed: RelationSeed?,
        transformed: Input,
        output: Output?, elapsed: Duration, error: String? = nil
    ) {
        let redaction = monitor.redaction
        let originalOutput = capture(job.call.output)
        let transformedOutput = output.map { capture($0) }
        let differences =
            transformedOutput.map { ExperimentRunner<Input, Output>.differences(originalOutput, $0) } ?? []
        var message = redaction.redact(text: violation.message)
        if transformedOutput != nil {
            message = ExperimentRunner<Input, Output>.message(message, differences)
        }
        let rule = violation.rule
        let record = ViolationRecord(
            setID: rule.setID, ruleID: rule.ruleID, severity: rule.severity, owner: rule.owner, tags: rule.tags,
            message: message, ruleError: violation.ruleError.map { redaction.redact(text: $0) },
            input: capture(job.call.input), output: originalOutput, origin: site.origin, callSite: site.callSite,
            context: job.call.context, samplingRate: samplingRates[index],
            comparison: ComparisonDetail(
                candidateOutput: transformedOutput, differences: differences, controlOrigin: site.origin,
                candidateMilliseconds: elapsed.milliseconds, candidateError: error,
                transformedInput: relations[index].isDeterminism ? nil : capture(transformed), seed: seed))
        monitor.submitComparison(record)
        routeForReview(violation, job)
    }

    /// Offers a violated relation to the monitor's review routes, like a call whose rule failed.
    private func routeForReview(_ violation: RuleViolation, _ job: RelationJob<Input, Output>) {
        guard let router = monitor.review,
            router.takes(site.setID, [violation.rule], site.origin, .all, [violation])
        else { return }
        InvariantContext.$current.withValue(job.call.context) {
            monitor.submitForReview(
                router, site.setID, job.call.input, job.call.output, [violation.invariantID], [violation],
                site.origin, site.callSite)
        }
    }

    private func capture<Value>(_ value: Value) -> Snapshot {
        Snapshot.capture(value, redaction: monitor.redaction, byteLimit: monitor.snapshotByteLimit)
    }
}
