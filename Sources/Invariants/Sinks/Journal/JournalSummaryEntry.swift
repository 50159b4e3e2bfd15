/// One line of a journal as ``JournalReader/forEachSummary(_:)`` sees it: a record's summary, or a line that
/// is not a record.
///
/// ```swift
/// try reader.forEachSummary { entry, _ in
///     if case .corrupt(let location, let reason) = entry { print("\(location): \(reason)") }
/// }
/// ```
public enum JournalSummaryEntry: Sendable, Hashable {
    /// A line that is a record, summarised.
    ///
    /// ```swift
    /// if case .record(let summary, let location) = entry { print(location, summary.invariantID, summary.severity) }
    /// ```
    case record(ViolationSummary, location: JournalLocation)
    /// A line that is not a record, with the same reason ``JournalReader/forEach(_:)`` gives.
    ///
    /// ```swift
    /// if case .corrupt(let location, let reason) = entry { print("\(location): \(reason)") }
    /// ```
    case corrupt(JournalLocation, reason: String)

    /// Where the line is.
    ///
    /// ```swift
    /// entry.location.line   // 17
    /// ```
    public var location: JournalLocation {
        switch self {
        case .record(_, let location): location
        case .corrupt(let location, _): location
        }
    }
}
