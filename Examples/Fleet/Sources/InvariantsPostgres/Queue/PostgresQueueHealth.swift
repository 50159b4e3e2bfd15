/// What a ``PostgresReviewQueue`` did with the items it was given.
///
/// ```swift
/// queue.health.description   // "stored 120, spilled 4, replayed 4, spill pending 0, failures 1"
/// ```
public struct PostgresQueueHealth: Sendable, Hashable, CustomStringConvertible {
    /// Items inserted into PostgreSQL by ``PostgresReviewQueue/append(_:)`` (replays not included).
    public var stored = 0
    /// Items written to the local spill because PostgreSQL did not take them in time.
    public var spilled = 0
    /// Spilled items later inserted into PostgreSQL.
    public var replayed = 0
    /// Spilled items still waiting.
    public var spillPending = 0
    /// Appends whose retries all failed.
    public var failures = 0
    /// The last failure, if any (no password: PostgreSQL's message and code only).
    public var lastError: String?

    /// Empty counts.
    public init() {}

    /// One line of counts.
    public var description: String {
        "stored \(stored), spilled \(spilled), replayed \(replayed), spill pending \(spillPending), failures \(failures)"
    }
}
