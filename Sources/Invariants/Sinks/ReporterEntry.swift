/// One record on its way through the ``Reporter``: ready, or waiting for its call's values to be captured.
struct ReporterEntry: Sendable {
    /// The record; while ``deferred`` is set, its snapshots are empty and its message is not yet redacted.
    var record: ViolationRecord
    /// The call's input and output, captured on the reporter's queue; shared by the records of one call.
    let deferred: (any DeferredCapture)?
    /// How many records of one call share ``deferred``: each counts its share of the values' memory.
    private let recordsOfTheCall: Int
    /// Bytes this entry holds, estimated when the reporter admitted it; bounds the reporter's buffer.
    private(set) var heldBytes = 0
    /// The record's place among all records submitted to the reporter (``Reporter/flush(until:)`` waits for
    /// those before its call).
    var sequence = 0

    /// A record built and redacted on the caller's thread.
    init(_ record: ViolationRecord) {
        self.record = record
        self.deferred = nil
        self.recordsOfTheCall = 1
    }

    /// One of the `recordsOfTheCall` records of a call whose values `deferred` still holds.
    init(_ record: ViolationRecord, deferred: any DeferredCapture, recordsOfTheCall: Int) {
        self.record = record
        self.deferred = deferred
        self.recordsOfTheCall = max(recordsOfTheCall, 1)
    }

    /// Estimates ``heldBytes``, under the reporter's lock, as the entry enters the buffer: the record, plus
    /// its share of the deferred values — their inline size (`MemoryLayout`) and what they point to, taken
    /// to be about as large as the JSON the reporter's queue captured from the calls deferred before
    /// (`deferredBytesAverage`). Their real size is only known once they are encoded, and the reporter
    /// then holds at most ``Reporter/chunkSize`` captured records at a time.
    mutating func admit(deferredBytesAverage: Int) {
        heldBytes = record.estimatedMemory
        if let deferred {
            heldBytes += (deferred.inlineBytes + deferredBytesAverage) / recordsOfTheCall
        }
    }
}
