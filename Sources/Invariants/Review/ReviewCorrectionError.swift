/// Why a field correction could not be read.
///
/// ```swift
/// do { _ = try ReviewCorrection(assignments: ["tax 4.80"]) } catch { print(error) }
/// // correction 'tax 4.80': expected PATH = VALUE, such as tax = 4.80
/// ```
public enum ReviewCorrectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The assignment has no `=`.
    ///
    /// ```swift
    /// ReviewCorrectionError.missingEquals("tax 4.80")
    /// ```
    case missingEquals(String)
    /// The path is empty or malformed (`a..b`, `a[x]`).
    ///
    /// ```swift
    /// ReviewCorrectionError.badPath("lines[x]")
    /// ```
    case badPath(String)

    /// One line naming the assignment.
    ///
    /// ```swift
    /// ReviewCorrectionError.badPath("").description   // "correction path '' is not a field path, such as tax or lines[0].price"
    /// ```
    public var description: String {
        switch self {
        case .missingEquals(let text): "correction '\(text)': expected PATH = VALUE, such as tax = 4.80"
        case .badPath(let path): "correction path '\(path)' is not a field path, such as tax or lines[0].price"
        }
    }
}
