/// How many calls a monitor routed to review, how many reached the queue, and how many were dropped.
///
/// `written + dropped + pending == routed` always holds; after ``InvariantMonitor/flush(timeout:)``,
/// `pending` is 0.
///
/// ```swift
/// monitor.reviewHealth?.description   // "routed 12, written 12, dropped 0, pending 0"
/// ```
public struct ReviewHealth: Sendable, Hashable, CustomStringConvertible {
    /// Calls a route took, captured on the caller's thread.
    ///
    /// ```swift
    /// monitor.reviewHealth?.routed
    /// ```
    public var routed = 0
    /// Items the queue accepted.
    ///
    /// ```swift
    /// await monitor.flush(); monitor.reviewHealth?.written
    /// ```
    public var written = 0
    /// Items lost, by reason: ``DropReason/queueFull`` (the buffer was full), ``DropReason/sinkError`` (the
    /// queue threw), ``DropReason/shuttingDown``.
    ///
    /// ```swift
    /// monitor.reviewHealth?.dropped[.queueFull]
    /// ```
    public var dropped: [DropReason: Int] = [:]
    /// Items waiting in the buffer or being written.
    ///
    /// ```swift
    /// monitor.reviewHealth?.pending   // 0 after a flush
    /// ```
    public var pending = 0
    /// The last error the queue threw, if any.
    ///
    /// ```swift
    /// monitor.reviewHealth?.lastError   // "review queue: cannot open /srv/review/items.jsonl: …"
    /// ```
    public var lastError: String?

    /// Empty counts.
    ///
    /// ```swift
    /// ReviewHealth().routed   // 0
    /// ```
    public init() {}

    /// All items lost, whatever the reason.
    ///
    /// ```swift
    /// monitor.reviewHealth?.droppedTotal
    /// ```
    public var droppedTotal: Int { dropped.values.reduce(0, +) }

    /// `"routed 10, written 9, dropped 1 (queueFull 1), pending 0"`.
    ///
    /// ```swift
    /// print(monitor.reviewHealth?.description ?? "no review routes")
    /// // "routed 10, written 9, dropped 1 (queueFull 1), pending 0"
    /// ```
    public var description: String {
        let reasons = DropReason.allCases.compactMap { reason in dropped[reason].map { "\(reason) \($0)" } }
        let detail = reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"
        return "routed \(routed), written \(written), dropped \(droppedTotal)\(detail), pending \(pending)"
    }
}
