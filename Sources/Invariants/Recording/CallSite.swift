/// Where in the service's code a guarded function was called or a rule was checked.
///
/// The defaults capture the caller's `#fileID`, `#function` and `#line`.
///
/// ```swift
/// let site = CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42)
/// site.description   // "Pricing/Quote.swift:42 quote(_:)"
/// ```
public struct CallSite: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The `#fileID` of the call, `Module/File.swift`.
    ///
    /// ```swift
    /// record.callSite.fileID   // "Pricing/Quote.swift"
    /// ```
    public var fileID: String
    /// The `#function` of the call, such as `quote(_:)`.
    ///
    /// ```swift
    /// record.callSite.function   // "quote(_:)"
    /// ```
    public var function: String
    /// The `#line` of the call.
    ///
    /// ```swift
    /// record.callSite.line   // 42
    /// ```
    public var line: Int

    /// Creates a call site; by default the caller's own.
    ///
    /// ```swift
    /// let here = CallSite()   // this file, function and line
    /// ```
    public init(fileID: String = #fileID, function: String = #function, line: Int = #line) {
        self.fileID = fileID
        self.function = function
        self.line = line
    }

    /// `fileID:line function`, for example `Pricing/Quote.swift:42 quote(_:)`.
    ///
    /// ```swift
    /// print(record.callSite)   // Pricing/Quote.swift:42 quote(_:)
    /// ```
    public var description: String { "\(fileID):\(line) \(function)" }
}
