/// How many records a monitor produced, recorded and dropped, by reason.
///
/// `recorded + dropped + pending == produced` always holds; after ``InvariantMonitor/flush(timeout:)``,
/// `pending` is 0.
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
    /// Records every sink accepted.
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
