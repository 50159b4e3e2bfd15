/// How many records a monitor produced, recorded and dropped, by reason.
///
/// `recorded + dropped + pending == produced` always holds; after ``InvariantMonitor/flush()``,
/// `pending` is 0.
public struct ReporterHealth: Sendable, Hashable, CustomStringConvertible {
    /// Records submitted by guarded calls.
    public var produced: Int = 0
    /// Records every sink accepted.
    public var recorded: Int = 0
    /// Records lost, by reason.
    public var dropped: [DropReason: Int] = [:]
    /// Records waiting in the buffer or being written.
    public var pending: Int = 0

    /// All records lost, whatever the reason.
    public var droppedTotal: Int { dropped.values.reduce(0, +) }

    /// `"produced 10, recorded 9, dropped 1 (queueFull 1), pending 0"`.
    public var description: String {
        let reasons = DropReason.allCases.compactMap { reason in dropped[reason].map { "\(reason) \($0)" } }
        let detail = reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"
        return "produced \(produced), recorded \(recorded), dropped \(droppedTotal)\(detail), pending \(pending)"
    }
}
