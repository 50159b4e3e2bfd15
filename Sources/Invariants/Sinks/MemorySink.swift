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
    ///
    /// ```swift
    /// let memory = MemorySink()
    /// ```
    public init() {}

    /// Keeps the records, in order.
    ///
    /// ```swift
    /// memory.record([record])
    /// ```
    public func record(_ batch: [ViolationRecord]) {
        storage.withLock { $0.append(contentsOf: batch) }
    }

    /// Every record received so far, oldest first.
    ///
    /// ```swift
    /// memory.records.first?.input.value
    /// ```
    public var records: [ViolationRecord] { storage.withLock { $0 } }

    /// The rule id of every record received so far, oldest first.
    ///
    /// ```swift
    /// #expect(memory.invariantIDs == ["pricing.quote/exempt-pays-no-tax"])
    /// ```
    public var invariantIDs: [String] { records.map(\.invariantID) }

    /// The records of one rule.
    ///
    /// ```swift
    /// memory.records(for: "pricing.quote/exempt-pays-no-tax").count   // 2
    /// ```
    public func records(for invariantID: String) -> [ViolationRecord] {
        records.filter { $0.invariantID == invariantID }
    }

    /// Whether some record is of this rule.
    ///
    /// ```swift
    /// #expect(memory.contains("pricing.quote/exempt-pays-no-tax"))
    /// ```
    public func contains(_ invariantID: String) -> Bool {
        records.contains { $0.invariantID == invariantID }
    }

    /// Forgets every record.
    ///
    /// ```swift
    /// memory.removeAll()   // between two test steps
    /// ```
    public func removeAll() {
        storage.withLock { $0.removeAll() }
    }
}

extension ViolationSink where Self == MemorySink {
    /// A new, empty ``MemorySink``. Keep a reference to read it back.
    ///
    /// ```swift
    /// let memory: MemorySink = .memory
    /// let monitor = InvariantMonitor(sinks: [memory])
    /// ```
    public static var memory: MemorySink { MemorySink() }
}
