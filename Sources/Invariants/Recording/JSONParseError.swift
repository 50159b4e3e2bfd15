/// Why a JSON text could not be parsed, and where.
///
/// The description names the line and column (both from 1, columns counted in characters) and what
/// the parser expected; ``offset`` is the byte offset from the start of the input (from 0).
///
/// ```swift
/// do { _ = try JSONValue(parsing: #"{"a": 1 "b": 2}"#) } catch {
///     print(error)   // line 1, column 9: expected ',' or '}' after object member
/// }
/// ```
public struct JSONParseError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The line of the offending byte, from 1.
    ///
    /// ```swift
    /// error.line   // 1
    /// ```
    public let line: Int
    /// The column of the offending character within its line, from 1.
    ///
    /// ```swift
    /// error.column   // 9
    /// ```
    public let column: Int
    /// The byte offset of the offending byte in the input, from 0.
    ///
    /// ```swift
    /// error.offset   // 8
    /// ```
    public let offset: Int
    /// What was expected or what is wrong, for example `expected ':' after object key`.
    ///
    /// ```swift
    /// error.message   // "expected ',' or '}' after object member"
    /// ```
    public let message: String

    /// Creates an error at a given position.
    ///
    /// ```swift
    /// JSONParseError(line: 1, column: 9, offset: 8, message: "expected ',' or '}' after object member")
    /// ```
    public init(line: Int, column: Int, offset: Int, message: String) {
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message
    }

    /// `line L, column C: message`.
    ///
    /// ```swift
    /// print(error)   // line 1, column 9: expected ',' or '}' after object member
    /// ```
    public var description: String { "line \(line), column \(column): \(message)" }
}
