/// Why a violation record never reached the sinks.
public enum DropReason: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The reporter's buffer was full: a storm produced records faster than the sinks took them.
    /// The newest record is the one dropped, so the first records of a storm, which show how it
    /// started, are kept.
    case queueFull
    /// A sink threw while recording the batch.
    case sinkError
    /// The monitor's `beforeRecord` hook vetoed the record.
    case vetoed
    /// The monitor was shutting down, or its deadline passed before the record was written.
    case shuttingDown

    public var description: String { rawValue }
}
