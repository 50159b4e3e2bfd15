extension InvariantMonitor {
    /// What a guarded call does after its rules failed: record, then return, throw or fall back.
    ///
    /// Out of line and unspecialised: only failing calls pay for it.
    @usableFromInline
    func resolve<Input, Output>(
        _ violations: [RuleViolation],
        input: Input,
        output: Output,
        set: InvariantSet<Input, Output>,
        site: GuardSite,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)?
    ) throws(InvariantViolationError) -> Output {
        let records = record(violations, input: input, output: output, set: set, site: site)
        switch site.policy.action(for: violations) {
        case .observe:
            return output
        case .fallback:
            if let fallback { return fallback(input, violations) }
            return output
        case .enforce:
            throw InvariantViolationError(setID: site.setID, violations: violations, eventIDs: records.map(\.eventID))
        }
    }

    /// Builds one record per violation (input and output captured and redacted once), lets
    /// `beforeRecord` edit or veto each, submits what is kept, and tells the sampler which rules failed.
    /// Returns the records submitted.
    @usableFromInline
    @discardableResult
    func record<Input, Output>(
        _ violations: [RuleViolation],
        input: Input,
        output: Output,
        set: InvariantSet<Input, Output>,
        site: GuardSite
    ) -> [ViolationRecord] {
        let inputSnapshot = Snapshot.capture(input, redaction: redaction, byteLimit: snapshotByteLimit)
        let outputSnapshot = Snapshot.capture(output, redaction: redaction, byteLimit: snapshotByteLimit)
        let context = InvariantContext.current
        let records = violations.map { violation in
            ViolationRecord(
                setID: violation.rule.setID,
                ruleID: violation.rule.ruleID,
                severity: violation.severity,
                owner: violation.rule.owner,
                tags: violation.rule.tags,
                message: redaction.redact(text: violation.message),
                ruleError: violation.ruleError.map { redaction.redact(text: $0) },
                input: inputSnapshot,
                output: outputSnapshot,
                origin: site.origin,
                callSite: site.callSite,
                context: context,
                samplingRate: samplingRate(of: violation, in: set)
            )
        }
        var kept = records
        if let beforeRecord {
            kept = []
            for var record in records {
                if beforeRecord(&record) { kept.append(record) }
            }
            reporter.countVetoed(records.count - kept.count)
        }
        reporter.submit(kept)
        if samplingMode == .custom {
            let ordinals = violations.compactMap { violation in set.rule(violation.invariantID)?.ordinal }
            sampler.noteViolations(setID: set.id, ordinals: ordinals)
        }
        return kept
    }

    /// The rate the violated rule was checked at, asked with the rule as the guarded set lists it.
    func samplingRate<Input, Output>(of violation: RuleViolation, in set: InvariantSet<Input, Output>) -> Double {
        guard samplingMode == .custom else { return 1 }
        return sampler.rate(for: set.rule(violation.invariantID) ?? violation.rule, in: set.id)
    }
}
