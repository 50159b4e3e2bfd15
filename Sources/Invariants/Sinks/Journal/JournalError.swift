/// A journal operation that failed, naming the file and the system's reason.
///
/// ```swift
/// do { try sink.record(batch) } catch let error as JournalError {
///     print(error)   // "journal: cannot open /srv/x/violations.jsonl: Not a directory (errno 20)"
/// }
/// ```
public struct JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done, such as `open`, `write to`, `rename`.
    ///
    /// ```swift
    /// error.operation   // "open"
    /// ```
    public var operation: String
    /// The path of the file or directory concerned.
    ///
    /// ```swift
    /// error.path   // "/srv/x/violations.jsonl"
    /// ```
    public var path: String
    /// The `errno` of the failed system call, or `nil` when the failure was not a system call's.
    ///
    /// ```swift
    /// error.code == ENOTDIR   // true
    /// ```
    public var code: Int32?
    /// Why it failed: the `errno` text, or a description of the failure.
    ///
    /// ```swift
    /// error.reason   // "Not a directory"
    /// ```
    public var reason: String

    /// Creates an error from its parts.
    ///
    /// ```swift
    /// JournalError(operation: "write to", path: "/x/violations.jsonl", reason: "the journal is closed")
    /// ```
    public init(operation: String, path: String, code: Int32? = nil, reason: String) {
        self.operation = operation
        self.path = path
        self.code = code
        self.reason = reason
    }

    /// `"journal: cannot <operation> <path>: <reason> (errno <code>)"`.
    ///
    /// ```swift
    /// error.description   // "journal: cannot open /x/violations.jsonl: Permission denied (errno 13)"
    /// ```
    public var description: String {
        let number = code.map { " (errno \($0))" } ?? ""
        return "journal: cannot \(operation) \(path): \(reason)\(number)"
    }
}
