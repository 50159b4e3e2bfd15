/// Several sinks behind one: every batch goes to each of them, even when an earlier one throws.
///
/// ```swift
/// let audit: any ViolationSink = .multiplex([.journal(at: journalURL), .console])
/// ```
public struct MultiplexSink: ViolationSink {
    /// What the sinks that failed threw, in order.
    ///
    /// ```swift
    /// catch let failures as MultiplexSink.Failures { failures.errors.forEach { print($0) } }
    /// ```
    public struct Failures: Error, CustomStringConvertible {
        /// One error per failed sink.
        ///
        /// ```swift
        /// failures.errors.count   // 1
        /// ```
        public let errors: [any Error]

        /// The errors, separated by `; `.
        ///
        /// ```swift
        /// print(failures)   // journal: cannot open …; POST https://ingest.example/violations: …
        /// ```
        public var description: String { errors.map { String(describing: $0) }.joined(separator: "; ") }
    }

    /// The sinks, in the order they receive each batch.
    ///
    /// ```swift
    /// MultiplexSink([.console, memory]).sinks.count   // 2
    /// ```
    public let sinks: [any ViolationSink]

    /// Creates a sink that forwards to every sink in `sinks`.
    ///
    /// ```swift
    /// let audit = MultiplexSink([.journal(at: journalURL), .console])
    /// ```
    public init(_ sinks: [any ViolationSink]) {
        self.sinks = sinks
    }

    /// Hands the batch to every sink, then throws ``Failures`` if any of them threw.
    ///
    /// ```swift
    /// try MultiplexSink([.console, memory]).record([record])
    /// ```
    public func record(_ batch: [ViolationRecord]) throws {
        try forEachSink { try $0.record(batch) }
    }

    /// Opens every sink, then throws ``Failures`` if any of them threw.
    ///
    /// ```swift
    /// try audit.open()
    /// ```
    public func open() throws {
        try forEachSink { try $0.open() }
    }

    /// Flushes every sink, then throws ``Failures`` if any of them threw.
    ///
    /// ```swift
    /// try audit.flush()
    /// ```
    public func flush() throws {
        try forEachSink { try $0.flush() }
    }

    /// Closes every sink, then throws ``Failures`` if any of them threw.
    ///
    /// ```swift
    /// try audit.close()
    /// ```
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
    ///
    /// ```swift
    /// InvariantMonitor(sinks: [.multiplex([.journal(at: journalURL), .console])])
    /// ```
    public static func multiplex(_ sinks: [any ViolationSink]) -> MultiplexSink {
        MultiplexSink(sinks)
    }
}
