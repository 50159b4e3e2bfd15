/// Where violation records go: a journal, the console, a webhook, memory in tests.
///
/// A sink is called on the monitor's background thread, never on the thread of a guarded call, with
/// records in batches. Throwing loses the batch for this sink; the monitor counts it as dropped.
///
/// ```swift
/// struct PrintSink: ViolationSink {
///     func record(_ batch: [ViolationRecord]) throws { for record in batch { print(record.invariantID) } }
/// }
/// let monitor = InvariantMonitor(sinks: [PrintSink(), .console])
/// ```
public protocol ViolationSink: Sendable {
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
