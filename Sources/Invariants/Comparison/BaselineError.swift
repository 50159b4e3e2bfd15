/// Why a baseline file could not be read or written, naming the file and, for a bad line, the line.
///
/// ```swift
/// do { _ = try Baseline(contentsOf: url) } catch let error as BaselineError {
///     print(error)   // Baselines/quote.jsonl:4: field 'input' is missing
/// }
/// ```
public struct BaselineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path.
    public var path: String
    /// The 1-based line, or `nil` when the problem is the file as a whole.
    public var line: Int?
    /// What was wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:line: reason`, or `path: reason`.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
