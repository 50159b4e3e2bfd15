/// Hands every record to a closure, in the background (on the sink's delivery lane).
///
/// ```swift
/// let monitor = InvariantMonitor(sinks: [.closure { record in metrics.increment(record.invariantID) }])
/// ```
public struct ClosureSink: ViolationSink {
    private let body: @Sendable (ViolationRecord) throws -> Void

    /// Creates a sink that calls `body` once per record; a throw counts the batch as a sink error.
    ///
    /// ```swift
    /// let sink = ClosureSink { record in metrics.increment(record.invariantID) }
    /// ```
    public init(_ body: @escaping @Sendable (ViolationRecord) throws -> Void) {
        self.body = body
    }

    /// Calls the closure once per record, in order; a throw stops the batch and counts it as a sink error.
    ///
    /// ```swift
    /// try ClosureSink { print($0.invariantID) }.record([record])
    /// ```
    public func record(_ batch: [ViolationRecord]) throws {
        for record in batch { try body(record) }
    }
}

extension ViolationSink where Self == ClosureSink {
    /// A sink that calls `body` once per record; see ``ClosureSink``.
    ///
    /// ```swift
    /// InvariantMonitor(sinks: [.closure { record in metrics.increment(record.invariantID) }])
    /// ```
    public static func closure(_ body: @escaping @Sendable (ViolationRecord) throws -> Void) -> ClosureSink {
        ClosureSink(body)
    }
}
