/// What the reporter's queue does to records before any sink sees them: captures and redacts deferred
/// values and messages, redacts every record's context tags, draws the event ids the callers left empty,
/// then lets the monitor's `beforeRecord` hook edit or veto each record.
struct RecordFinisher: Sendable {
    let redaction: Redaction
    let byteLimit: Int
    let beforeRecord: (@Sendable (inout ViolationRecord) -> Bool)?

    /// The records of `entries` that the hook kept, finished, how many it vetoed, and the average JSON
    /// size of the deferred calls it captured (`nil` if it captured none).
    func finish(
        _ entries: ArraySlice<ReporterEntry>
    ) -> (records: [ViolationRecord], vetoed: Int, deferredBytes: Int?) {
        var records: [ViolationRecord] = []
        records.reserveCapacity(entries.count)
        var vetoed = 0
        var captures = 0
        var capturedBytes = 0
        // The records of one call are adjacent (one submit) and share their capture: take it once.
        var last: (capture: any DeferredCapture, snapshots: (input: Snapshot, output: Snapshot))?
        for entry in entries {
            var record = entry.record
            if record.eventID.isEmpty { record.eventID = EventID.random() }
            if let deferred = entry.deferred {
                let snapshots: (input: Snapshot, output: Snapshot)
                if let last, last.capture === deferred {
                    snapshots = last.snapshots
                } else {
                    snapshots = deferred.snapshots(redaction: redaction, byteLimit: byteLimit)
                    last = (deferred, snapshots)
                    captures += 1
                    capturedBytes += snapshots.input.byteCount + snapshots.output.byteCount
                }
                record.input = snapshots.input
                record.output = snapshots.output
                record.message = redaction.redact(text: record.message)
                record.ruleError = record.ruleError.map { redaction.redact(text: $0) }
            }
            record.context = redaction.redact(context: record.context)
            if let beforeRecord, !beforeRecord(&record) {
                vetoed += 1
                continue
            }
            records.append(record)
        }
        return (records, vetoed, captures == 0 ? nil : capturedBytes / captures)
    }
}
