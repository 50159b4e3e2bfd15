/// Hands every record to a closure, on the monitor's background thread.
///
/// ```swift
/// let monitor = InvariantMonitor(sinks: [.closure { record in metrics.increment(record.invariantID) }])
/// ```
public struct ClosureSink: ViolationSink {
    private let body: @Sendable (ViolationRecord) throws -> Void

    /// Creates a sink that calls `body` once per record; a throw counts the batch as a sink error.
    public init(_ body: @escaping @Sendable (ViolationRecord) throws -> Void) {
        self.body = body
    }

    public func record(_ batch: [ViolationRecord]) throws {
        for record in batch { try body(record) }
    }
}

extension ViolationSink where Self == ClosureSink {
    /// A sink that calls `body` once per record; see ``ClosureSink``.
    public static func closure(_ body: @escaping @Sendable (ViolationRecord) throws -> Void) -> ClosureSink {
        ClosureSink(body)
    }
}
