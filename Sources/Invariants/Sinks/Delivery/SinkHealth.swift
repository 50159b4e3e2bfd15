/// How many records one sink's delivery lane was given, delivered and dropped, by reason, and its last error.
///
/// Every sink has a lane of its own (see ``InvariantMonitor``): a sink that hangs or throws delays and drops
/// only its own records. `delivered + droppedTotal + pending == produced` always holds.
///
/// ```swift
/// for sink in monitor.health.sinks where sink.droppedTotal > 0 {
///     print(sink)   // webhook 127.0.0.1: produced 500, delivered 100, dropped 300 (queueFull 300), pending 100, …
/// }
/// ```
public struct SinkHealth: Sendable, Hashable, CustomStringConvertible {
    /// The sink's name: its kind and where it writes, such as `journal violations.jsonl` or `webhook ingest.example`.
    ///
    /// ```swift
    /// monitor.health.sinks.map(\.name)   // ["journal violations.jsonl", "console"]
    /// ```
    public var name: String
    /// Records handed to the lane, after redaction and `beforeRecord`.
    ///
    /// ```swift
    /// monitor.health.sinks[0].produced   // 20
    /// ```
    public var produced: Int = 0
    /// Records the sink accepted.
    ///
    /// ```swift
    /// monitor.health.sinks[0].delivered   // 20
    /// ```
    public var delivered: Int = 0
    /// Records the lane lost, by reason: its queue was full, the sink threw, or shutdown's deadline passed.
    ///
    /// ```swift
    /// monitor.health.sinks[1].dropped[.sinkError] ?? 0
    /// ```
    public var dropped: [DropReason: Int] = [:]
    /// Records waiting in the lane or being delivered now.
    ///
    /// ```swift
    /// monitor.health.sinks[1].pending   // 100 while a webhook hangs
    /// ```
    public var pending: Int = 0
    /// What the sink threw last (opening, recording, flushing or closing), redacted; `nil` if it never threw.
    ///
    /// ```swift
    /// monitor.health.sinks[0].lastError   // "journal: cannot open /srv/x/violations.jsonl: Permission denied (errno 13)"
    /// ```
    public var lastError: String?

    /// Creates the health of a lane that has seen nothing yet.
    ///
    /// ```swift
    /// SinkHealth(name: "console").produced   // 0
    /// ```
    public init(name: String) {
        self.name = name
    }

    /// All records the lane lost, whatever the reason.
    ///
    /// ```swift
    /// monitor.health.sinks.filter { $0.droppedTotal > 0 }.map(\.name)
    /// ```
    public var droppedTotal: Int { dropped.values.reduce(0, +) }

    /// `"journal violations.jsonl: produced 10, delivered 9, dropped 1 (sinkError 1), pending 0, last error …"`.
    ///
    /// ```swift
    /// print(monitor.health.sinks[0])
    /// ```
    public var description: String {
        let reasons = DropReason.allCases.compactMap { reason in dropped[reason].map { "\(reason) \($0)" } }
        let detail = reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"
        var text = "\(name): produced \(produced), delivered \(delivered), dropped \(droppedTotal)\(detail)"
        text += ", pending \(pending)"
        if let lastError { text += ", last error: \(lastError)" }
        return text
    }
}
