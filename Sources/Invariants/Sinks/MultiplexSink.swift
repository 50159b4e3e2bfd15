/// Several sinks behind one: every batch goes to each of them, even when an earlier one throws.
///
/// ```swift
/// let audit: any ViolationSink = .multiplex([.journal(at: journalURL), .console])
/// ```
public struct MultiplexSink: ViolationSink {
    /// What the sinks that failed threw, in order.
    public struct Failures: Error, CustomStringConvertible {
        /// One error per failed sink.
        public let errors: [any Error]

        /// The errors, separated by `; `.
        public var description: String { errors.map { String(describing: $0) }.joined(separator: "; ") }
    }

    /// The sinks, in the order they receive each batch.
    public let sinks: [any ViolationSink]

    /// Creates a sink that forwards to every sink in `sinks`.
    public init(_ sinks: [any ViolationSink]) {
        self.sinks = sinks
    }

    public func record(_ batch: [ViolationRecord]) throws {
        try forEachSink { try $0.record(batch) }
    }

    public func flush() throws {
        try forEachSink { try $0.flush() }
    }

    public func close() throws {
        try forEachSink { try $0.close() }
    }

    /// Runs `body` on every sink, then throws what failed, if anything did.
    private func forEachSink(_ body: (any ViolationSink) throws -> Void) throws {
        var errors: [any Error] = []
        for sink in sinks {
            do { try body(sink) } catch { errors.append(error) }
        }
        if !errors.isEmpty { throw Failures(errors: errors) }
    }
}

extension ViolationSink where Self == MultiplexSink {
    /// Every batch to each of `sinks`; see ``MultiplexSink``.
    public static func multiplex(_ sinks: [any ViolationSink]) -> MultiplexSink {
        MultiplexSink(sinks)
    }
}
