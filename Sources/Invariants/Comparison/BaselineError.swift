/// Why a baseline file could not be read or written, naming the file and, for a bad line, the line.
///
/// ```swift
/// do { _ = try Baseline(contentsOf: url) } catch let error as BaselineError {
///     print(error)   // Baselines/quote.jsonl:4: field 'input' is missing
/// }
/// ```
public struct BaselineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path.
    ///
    /// ```swift
    /// error.path   // "Baselines/quote.jsonl"
    /// ```
    public var path: String
    /// The 1-based line, or `nil` when the problem is the file as a whole.
    ///
    /// ```swift
    /// error.line   // 4, or nil for the whole file
    /// ```
    public var line: Int?
    /// What was wrong.
    ///
    /// ```swift
    /// error.reason   // "field 'input' is missing"
    /// ```
    public var reason: String

    /// Creates an error.
    ///
    /// ```swift
    /// BaselineError(path: "quote.jsonl", line: 4, reason: "field 'input' is missing")
    /// ```
    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:line: reason`, or `path: reason`.
    ///
    /// ```swift
    /// String(describing: error)   // "quote.jsonl:4: field 'input' is missing"
    /// ```
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
