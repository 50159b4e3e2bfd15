/// How many records a monitor produced, recorded and dropped, by reason, and each sink's lane.
///
/// `recorded + dropped + pending == produced` always holds, for the monitor and for each of ``sinks``;
/// after ``InvariantMonitor/flush(timeout:)`` returned `true`, `pending` is 0. A record counts as recorded
/// once every sink delivered it; when one sink dropped it, the monitor counts it as dropped for that
/// sink's reason, and ``sinks`` says which sink and whether the others have it.
///
/// ```swift
/// let health = monitor.health
/// assert(health.recorded + health.droppedTotal + health.pending == health.produced)
/// ```
public struct ReporterHealth: Sendable, Hashable, CustomStringConvertible {
    /// Records submitted by guarded calls.
    ///
    /// ```swift
    /// monitor.health.produced   // 20
    /// ```
    public var produced: Int = 0
    /// Records every sink delivered.
    ///
    /// ```swift
    /// monitor.health.recorded   // 20
    /// ```
    public var recorded: Int = 0
    /// Records lost, by reason.
    ///
    /// ```swift
    /// monitor.health.dropped[.queueFull] ?? 0
    /// ```
    public var dropped: [DropReason: Int] = [:]
    /// Records waiting in the buffer or being written.
    ///
    /// ```swift
    /// await monitor.flush(); monitor.health.pending   // 0
    /// ```
    public var pending: Int = 0
    /// Each sink's lane, in the order of the monitor's `sinks` (the alert engine last, when there are
    /// alert rules).
    ///
    /// ```swift
    /// monitor.health.sinks.map(\.name)   // ["journal violations.jsonl", "webhook ingest.example"]
    /// ```
    public var sinks: [SinkHealth] = []

    /// All records lost, whatever the reason.
    ///
    /// ```swift
    /// if monitor.health.droppedTotal > 0 { print(monitor.health) }
    /// ```
    public var droppedTotal: Int { dropped.values.reduce(0, +) }

    /// `"produced 10, recorded 9, dropped 1 (queueFull 1), pending 0"`.
    ///
    /// ```swift
    /// print(monitor.health)   // produced 10, recorded 9, dropped 1 (queueFull 1), pending 0
    /// ```
    public var description: String {
        let reasons = DropReason.allCases.compactMap { reason in dropped[reason].map { "\(reason) \($0)" } }
        let detail = reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"
        return "produced \(produced), recorded \(recorded), dropped \(droppedTotal)\(detail), pending \(pending)"
    }
}
