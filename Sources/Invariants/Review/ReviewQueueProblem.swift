/// A line of a review queue that could not be read, with why; the queue skips it.
///
/// ```swift
/// problem.description   // "items.jsonl:7: not valid JSON: …"
/// ```
public struct ReviewQueueProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file and line.
    ///
    /// ```swift
    /// problem.location.line   // 7
    /// ```
    public var location: JournalLocation
    /// What was wrong with the line.
    ///
    /// ```swift
    /// problem.reason   // "torn last line (no newline)"
    /// ```
    public var reason: String

    /// Creates a problem.
    ///
    /// ```swift
    /// ReviewQueueProblem(location: JournalLocation(file: "/q/items.jsonl", line: 7), reason: "empty line")
    /// ```
    public init(location: JournalLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    /// `"<file>:<line>: <reason>"`, with the file's full path.
    ///
    /// ```swift
    /// ReviewQueueProblem(location: JournalLocation(file: "/q/items.jsonl", line: 7), reason: "empty line").description
    /// // "/q/items.jsonl:7: empty line"
    /// ```
    public var description: String { "\(location.file):\(location.line): \(reason)" }
}
