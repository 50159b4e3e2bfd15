import Foundation
import Synchronization

/// Judging a candidate's result against the control's, counting it, and recording what differs.
extension ExperimentRunner {
    /// The rule ids of an experiment's records, under the experiment's name as their set id.
    enum RecordKind: String {
        case mismatch
        case candidateError = "candidate-error"
        case candidateTimeout = "candidate-timeout"
    }

    /// Counts the call as matched, ignored, mismatched or a candidate error, and records the last two.
    func judge(_ call: ShadowCall<Input, Output>, _ candidate: Result<Output, any Error>, elapsed: Duration) {
        observeCheck()
        if elapsed > options.timeout {
            recordTimeout(call, observed: true)
            return
        }
        switch (call.control, candidate) {
        case (.success(let control), .success(let output)):
            guard let reason = equivalence.verdict(call.input, control, output) else {
                counters.withLock { $0.matched += 1 }
                return
            }
            if let ignore, ignore(control, output), ignoreUntil.map({ options.now() < $0 }) ?? true {
                counters.withLock { $0.ignored += 1 }
                return
            }
            counters.withLock { $0.mismatched += 1 }
            let controlSnapshot = capture(control)
            let candidateSnapshot = capture(output)
            let differences = Self.differences(controlSnapshot, candidateSnapshot)
            record(
                .mismatch, message: Self.message(reason, differences), call: call, output: controlSnapshot,
                detail: ComparisonDetail(
                    candidateOutput: candidateSnapshot, differences: differences,
                    candidateMilliseconds: elapsed.milliseconds))
        case (.success(let control), .failure(let error)):
            counters.withLock { $0.candidateErrors += 1 }
            let text = monitor.redaction.redact(text: String(describing: error))
            record(
                .candidateError, message: "the candidate threw: \(text)", call: call, output: capture(control),
                detail: ComparisonDetail(candidateMilliseconds: elapsed.milliseconds, candidateError: text))
        case (.failure, .failure):
            counters.withLock { $0.matched += 1 }
        case (.failure(let error), .success(let output)):
            counters.withLock { $0.mismatched += 1 }
            let text = monitor.redaction.redact(text: String(describing: error))
            let controlSnapshot = Snapshot(text: "threw: \(text)", byteCount: text.utf8.count + 7)
            record(
                .mismatch, message: "the control threw (\(text)) but the candidate returned", call: call,
                output: controlSnapshot,
                detail: ComparisonDetail(candidateOutput: capture(output), candidateMilliseconds: elapsed.milliseconds))
        }
    }

    /// Tells the alert engine that one more call was compared, so rate rules divide the experiment's
    /// mismatches, errors and timeouts by the calls that reached a verdict (scaled up by the sampling rate).
    func observeCheck() {
        monitor.alerts?.observeChecks(setID: name, count: 1 / samplingRate, at: Date())
    }

    /// Counts and records a candidate that did not finish within the timeout (judged inline, or
    /// claimed by the timer in the background).
    func recordTimeout(_ call: ShadowCall<Input, Output>, observed: Bool = false) {
        if !observed { observeCheck() }
        counters.withLock { $0.timeouts += 1 }
        let output: Snapshot
        switch call.control {
        case .success(let value): output = capture(value)
        case .failure(let error):
            let text = monitor.redaction.redact(text: String(describing: error))
            output = Snapshot(text: "threw: \(text)", byteCount: text.utf8.count + 7)
        }
        let seconds = JSONLineWriter.text(of: options.timeout.timeInterval)
        record(
            .candidateTimeout, message: "the candidate did not finish within \(seconds) s", call: call, output: output,
            detail: ComparisonDetail(timedOut: true))
    }

    private func capture(_ value: some Any) -> Snapshot {
        Snapshot.capture(value, redaction: monitor.redaction, byteLimit: monitor.snapshotByteLimit)
    }

    /// Builds the record (input captured and redacted here), then submits it like a violation.
    private func record(
        _ kind: RecordKind, message: String, call: ShadowCall<Input, Output>, output: Snapshot,
        detail: ComparisonDetail
    ) {
        var detail = detail
        detail.controlOrigin = options.controlOrigin
        detail.controlMilliseconds = call.controlTime.milliseconds
        let record = ViolationRecord(
            setID: name, ruleID: kind.rawValue, severity: options.severity, owner: options.owner,
            tags: ["experiment"], message: message, input: capture(call.input), output: output,
            origin: options.candidateOrigin, callSite: callSite, context: call.context, samplingRate: samplingRate,
            comparison: detail)
        monitor.submitComparison(record)
    }

    /// The field differences of two captures; a capture without JSON is compared by its text, as a whole.
    static func differences(_ control: Snapshot, _ candidate: Snapshot) -> [FieldDifference] {
        if let old = control.value, let new = candidate.value {
            return JSONDiff.differences(from: old, to: new)
        }
        let old = control.value ?? control.text.map(JSONValue.string)
        let new = candidate.value ?? candidate.text.map(JSONValue.string)
        return old == new ? [] : [FieldDifference(path: JSONDiff.rootPath, old: old, new: new)]
    }

    /// `the candidate's output differs from the control's: total 10.00 → 10.01, tax 2 → 3 (and 1 more)`.
    static func message(_ reason: String, _ differences: [FieldDifference]) -> String {
        guard !differences.isEmpty else { return reason + " (no field of their JSON differs)" }
        var text = reason + ": " + differences.prefix(3).map(\.description).joined(separator: ", ")
        if differences.count > 3 { text += " (and \(differences.count - 3) more)" }
        return text
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double { timeInterval * 1000 }
}
