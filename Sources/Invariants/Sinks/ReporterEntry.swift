/// One record on its way through the ``Reporter``: ready, or waiting for its call's values to be captured.
struct ReporterEntry: Sendable {
    /// The record; while ``deferred`` is set, its snapshots are empty and its message is not yet redacted.
    var record: ViolationRecord
    /// The call's input and output, captured on the reporter's thread; shared by the records of one call.
    let deferred: (any DeferredCapture)?
    /// This record's share of ``deferredMemoryEstimate``: the records of one call split it.
    private let deferredShare: Int

    /// A record built and redacted on the caller's thread.
    init(_ record: ViolationRecord) {
        self.record = record
        self.deferred = nil
        self.deferredShare = 0
    }

    /// One of the `recordsOfTheCall` records of a call whose values `deferred` still holds.
    init(_ record: ViolationRecord, deferred: any DeferredCapture, recordsOfTheCall: Int) {
        self.record = record
        self.deferred = deferred
        self.deferredShare = Self.deferredMemoryEstimate / max(recordsOfTheCall, 1)
    }

    /// What one call's input and output, waiting to be captured, are assumed to take in memory: a few
    /// kilobytes of request and response structs. Their real size is unknown until they are encoded on
    /// the reporter's thread, which then holds at most ``Reporter/chunkSize`` captured records at a time.
    static let deferredMemoryEstimate = 4 << 10

    /// Bytes this entry holds, estimated; bounds the reporter's buffer.
    var estimatedMemory: Int {
        record.estimatedMemory + deferredShare
    }
}
