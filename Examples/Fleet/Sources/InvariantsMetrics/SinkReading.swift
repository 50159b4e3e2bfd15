/// One sink's delivery counts at a moment, as ``MonitorMetrics`` reports them: cumulative delivered and
/// dropped counts, what is waiting, and whether the last delivery worked.
///
/// ```swift
/// SinkReading(sink: "review", delivered: 120, dropped: ["queueFull": 3], pending: 0, healthy: true)
/// ```
public struct SinkReading: Sendable, Hashable {
    /// The sink's name: the `sink` label.
    public var sink: String
    /// Records or items it took, since start.
    public var delivered: Int
    /// Records or items lost, by reason, since start.
    public var dropped: [String: Int]
    /// Waiting now.
    public var pending: Int
    /// Whether the last delivery worked.
    public var healthy: Bool

    /// Creates a reading.
    public init(sink: String, delivered: Int, dropped: [String: Int] = [:], pending: Int = 0, healthy: Bool = true) {
        self.sink = sink
        self.delivered = delivered
        self.dropped = dropped
        self.pending = pending
        self.healthy = healthy
    }
}
