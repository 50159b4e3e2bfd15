/// What `GET /health` answers: violation records produced, delivered to the sinks, and dropped.
///
/// ```json
/// {"status":"ok","produced":12,"recorded":12,"dropped":0}
/// ```
public struct ServiceHealth: Sendable, Hashable, Codable {
    /// Always `ok` while the service answers.
    public var status = "ok"
    /// Violation records made by guarded calls.
    public var produced = 0
    /// Records the sinks received.
    public var recorded = 0
    /// Records dropped (buffer full, sink errors, shutdown).
    public var dropped = 0

    /// An empty count.
    public init() {}
}
