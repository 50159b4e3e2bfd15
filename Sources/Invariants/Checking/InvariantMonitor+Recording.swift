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
        fingerprints: [String],
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)?
    ) throws(InvariantViolationError) -> Output {
        let action = site.policy.action(for: violations)
        let eventIDs = record(
            violations, input: input, output: output, set: set, site: site, fingerprints: fingerprints,
            needsEventIDs: action == .enforce)
        switch action {
        case .observe:
            return output
        case .fallback:
            if let fallback { return fallback(input, violations) }
            return output
        case .enforce:
            throw InvariantViolationError(setID: site.setID, violations: violations, eventIDs: eventIDs)
        }
    }

    /// Builds one record per violation and submits them, then tells the sampler which rules failed.
    /// Returns the records' event ids when `needsEventIDs` (for an ``InvariantViolationError``); otherwise
    /// the reporter's queue draws them (two `getrandom` calls the caller does not wait for) and it
    /// returns an empty array.
    ///
    /// When the set can defer (its `Input` and `Output` are `Sendable`), the records carry the input and
    /// output as they are, for the reporter's queue to capture and redact; otherwise both are captured
    /// and redacted here, once. Either way `beforeRecord` runs on the reporter's queue.
    @usableFromInline
    @discardableResult
    func record<Input, Output>(
        _ violations: [RuleViolation],
        input: Input,
        output: Output,
        set: InvariantSet<Input, Output>,
        site: GuardSite,
        fingerprints: [String] = [],
        needsEventIDs: Bool = false
    ) -> [String] {
        let context = InvariantContext.current
        var entries: [ReporterEntry] = []
        entries.reserveCapacity(violations.count)
        if let deferral = set.deferral {
            let deferred = deferral(input, output)
            for violation in violations {
                let record = makeRecord(
                    violation, Snapshot(), Snapshot(), context, set, site, fingerprints, needsEventIDs,
                    redacting: false)
                entries.append(ReporterEntry(record, deferred: deferred, recordsOfTheCall: violations.count))
            }
        } else {
            let inputSnapshot = Snapshot.capture(input, redaction: redaction, byteLimit: snapshotByteLimit)
            let outputSnapshot = Snapshot.capture(output, redaction: redaction, byteLimit: snapshotByteLimit)
            for violation in violations {
                let record = makeRecord(
                    violation, inputSnapshot, outputSnapshot, context, set, site, fingerprints, needsEventIDs,
                    redacting: true)
                entries.append(ReporterEntry(record))
            }
        }
        reporter.submit(entries)
        if samplingMode == .custom {
            let ordinals = violations.compactMap { violation in set.rule(violation.invariantID)?.ordinal }
            sampler.noteViolations(setID: set.id, ordinals: ordinals)
        }
        return needsEventIDs ? entries.map(\.record.eventID) : []
    }

    /// One violation's record; its message is redacted here when `redacting`, else on the reporter's queue.
    /// `fingerprints`, when the guard computed them, holds each rule's fingerprint by ordinal. Without
    /// `drawsEventID` the event id is left empty for ``RecordFinisher`` to draw.
    private func makeRecord<Input, Output>(
        _ violation: RuleViolation,
        _ input: Snapshot,
        _ output: Snapshot,
        _ context: InvariantContext,
        _ set: InvariantSet<Input, Output>,
        _ site: GuardSite,
        _ fingerprints: [String],
        _ drawsEventID: Bool,
        redacting: Bool
    ) -> ViolationRecord {
        let ordinal = violation.rule.ordinal
        var fingerprint: String?
        if fingerprints.indices.contains(ordinal), set.rules.indices.contains(ordinal),
            set.rules[ordinal].ruleID == violation.rule.ruleID, set.rules[ordinal].setID == violation.rule.setID
        {
            fingerprint = fingerprints[ordinal]
        }
        return ViolationRecord(
            eventID: drawsEventID ? EventID.random() : "",
            setID: violation.rule.setID,
            ruleID: violation.rule.ruleID,
            severity: violation.severity,
            owner: violation.rule.owner,
            tags: violation.rule.tags,
            message: redacting ? redaction.redact(text: violation.message) : violation.message,
            ruleError: redacting ? violation.ruleError.map { redaction.redact(text: $0) } : violation.ruleError,
            input: input,
            output: output,
            origin: site.origin,
            callSite: site.callSite,
            fingerprint: fingerprint,
            context: context,
            samplingRate: samplingRate(of: violation, in: set)
        )
    }

    /// The rate the violated rule was checked at, asked with the rule as the guarded set lists it.
    func samplingRate<Input, Output>(of violation: RuleViolation, in set: InvariantSet<Input, Output>) -> Double {
        guard samplingMode == .custom else { return 1 }
        return sampler.rate(for: set.rule(violation.invariantID) ?? violation.rule, in: set.id)
    }
}
