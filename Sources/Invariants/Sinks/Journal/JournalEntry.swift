/// One line of a journal as a ``JournalReader`` sees it: a record, or a line that is not one.
///
/// ```swift
/// try reader.forEach { entry in
///     switch entry {
///     case .record(let record, _): print(record.invariantID)
///     case .corrupt(let location, let reason): print("\(location): \(reason)")   // "violations.jsonl:17: …"
///     }
/// }
/// ```
public enum JournalEntry: Sendable, Hashable {
    /// A line that decoded to a record.
    ///
    /// ```swift
    /// if case .record(let record, let location) = entry { print(location, record.invariantID) }
    /// ```
    case record(ViolationRecord, location: JournalLocation)
    /// A line that did not: not JSON, not a record of a known schema, empty, or a torn last line.
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

    /// The record, or `nil` for a corrupt line.
    ///
    /// ```swift
    /// entry.record?.eventID
    /// ```
    public var record: ViolationRecord? {
        if case .record(let record, _) = self { return record }
        return nil
    }
}
