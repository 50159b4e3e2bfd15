/// Why a violation record never reached the sinks.
///
/// ```swift
/// monitor.health.dropped[.queueFull, default: 0]   // records lost to a storm
/// ```
public enum DropReason: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The reporter's buffer was full: a storm produced records faster than the sinks took them.
    /// The newest record is the one dropped, so the first records of a storm, which show how it
    /// started, are kept.
    ///
    /// ```swift
    /// monitor.health.dropped[.queueFull] ?? 0
    /// ```
    case queueFull
    /// A sink threw while recording the batch.
    ///
    /// ```swift
    /// monitor.health.dropped[.sinkError] ?? 0   // a journal that cannot be written, a webhook that is down
    /// ```
    case sinkError
    /// The monitor's `beforeRecord` hook vetoed the record.
    ///
    /// ```swift
    /// monitor.health.dropped[.vetoed] ?? 0
    /// ```
    case vetoed
    /// The monitor was shutting down, or its deadline passed before the record was written.
    ///
    /// ```swift
    /// monitor.health.dropped[.shuttingDown] ?? 0
    /// ```
    case shuttingDown

    /// The raw value, such as `queueFull`.
    ///
    /// ```swift
    /// "\(DropReason.queueFull)"   // "queueFull"
    /// ```
    public var description: String { rawValue }
}
