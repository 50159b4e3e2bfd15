/// A line of a journal file: the path and the 1-based line number.
///
/// ```swift
/// let location = JournalLocation(file: "/var/log/svc/violations.jsonl", line: 17)
/// location.description   // "violations.jsonl:17"
/// ```
public struct JournalLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path of the file, as the reader was given it.
    ///
    /// ```swift
    /// location.file   // "/var/log/svc/violations.jsonl"
    /// ```
    public var file: String
    /// The line number, starting at 1.
    ///
    /// ```swift
    /// location.line   // 17
    /// ```
    public var line: Int

    /// Creates a location.
    ///
    /// ```swift
    /// JournalLocation(file: "violations.1.jsonl", line: 3)
    /// ```
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// The file's name (its last path component) and the line, such as `violations.jsonl:17`.
    ///
    /// ```swift
    /// JournalLocation(file: "/a/violations.2.jsonl", line: 5).description   // "violations.2.jsonl:5"
    /// ```
    public var description: String {
        let name = file.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? file
        return "\(name):\(line)"
    }
}
