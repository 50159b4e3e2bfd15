import Synchronization

/// Keeps records in memory, for tests and demos.
///
/// ```swift
/// let memory = MemorySink()
/// let monitor = InvariantMonitor(sinks: [memory])
/// _ = try guardedQuote(cart)
/// await monitor.flush()
/// #expect(memory.invariantIDs == ["pricing.quote/tax-non-negative"])
/// ```
public final class MemorySink: ViolationSink {
    private let storage = Mutex<[ViolationRecord]>([])

    /// Creates an empty sink.
    public init() {}

    public func record(_ batch: [ViolationRecord]) {
        storage.withLock { $0.append(contentsOf: batch) }
    }

    /// Every record received so far, oldest first.
    public var records: [ViolationRecord] { storage.withLock { $0 } }

    /// The rule id of every record received so far, oldest first.
    public var invariantIDs: [String] { records.map(\.invariantID) }

    /// The records of one rule.
    public func records(for invariantID: String) -> [ViolationRecord] {
        records.filter { $0.invariantID == invariantID }
    }

    /// Whether some record is of this rule.
    public func contains(_ invariantID: String) -> Bool {
        records.contains { $0.invariantID == invariantID }
    }

    /// Forgets every record.
    public func removeAll() {
        storage.withLock { $0.removeAll() }
    }
}

extension ViolationSink where Self == MemorySink {
    /// A new, empty ``MemorySink``. Keep a reference to read it back.
    public static var memory: MemorySink { MemorySink() }
}
