/// Where violation records go: a journal, the console, a webhook, memory in tests.
///
/// Each sink of a monitor has its own delivery lane (a bounded queue and a worker on a Dispatch queue), never
/// the thread of a guarded call; it receives records in batches, one call at a time, so it needs no locking
/// of its own. Throwing loses the batch for this sink only; the monitor counts it as dropped
/// (``SinkHealth/dropped``) and says so once on stderr.
///
/// ```swift
/// struct PrintSink: ViolationSink {
///     func record(_ batch: [ViolationRecord]) throws { for record in batch { print(record.invariantID) } }
/// }
/// let monitor = InvariantMonitor(sinks: [PrintSink(), .console])
/// ```
public protocol ViolationSink: Sendable {
    /// Gets ready to record, or throws why the sink cannot work; called once when the monitor is built.
    ///
    /// A monitor reports a failure once on stderr and in ``SinkHealth/lastError``, and its
    /// ``InvariantMonitor/shutdown(deadline:)`` then returns `false`.
    ///
    /// ```swift
    /// func open() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    /// ```
    func open() throws

    /// Receives a batch of records, in the order they were produced.
    ///
    /// ```swift
    /// func record(_ batch: [ViolationRecord]) throws { for record in batch { print(record.invariantID) } }
    /// ```
    func record(_ batch: [ViolationRecord]) throws

    /// Makes what was recorded durable. Called by ``InvariantMonitor/flush(timeout:)``.
    ///
    /// ```swift
    /// func flush() throws { try file.synchronize() }   // a sink that buffers
    /// ```
    func flush() throws

    /// Releases the sink's resources; nothing is recorded after it. Called by ``InvariantMonitor/shutdown(deadline:)``.
    ///
    /// ```swift
    /// func close() throws { try file.close() }
    /// ```
    func close() throws
}

extension ViolationSink {
    /// Does nothing: the sink needs nothing to get ready.
    ///
    /// ```swift
    /// try PrintSink().open()   // nothing to do
    /// ```
    public func open() throws {}

    /// Does nothing: the sink keeps nothing buffered.
    ///
    /// ```swift
    /// try PrintSink().flush()   // nothing to do
    /// ```
    public func flush() throws {}

    /// Flushes.
    ///
    /// ```swift
    /// try PrintSink().close()   // flushes
    /// ```
    public func close() throws { try flush() }
}
