/// A command line the service cannot run with; the description names the flag and value.
///
/// ```swift
/// do { _ = try ServiceConfiguration(arguments: ["--port", "http"]) } catch { print(error) }
/// // --port: 'http' is not a port in 1...65535
/// ```
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// A flag the service does not know.
    case unknownFlag(String)
    /// A flag given without its value.
    case missingValue(flag: String)
    /// A flag whose value is out of range or malformed.
    case invalidValue(flag: String, value: String, expected: String)
    /// `--help` was given: print the usage and exit successfully.
    case helpRequested

    /// One line naming the flag and what was wrong.
    public var description: String {
        switch self {
        case .unknownFlag(let flag): "unknown flag '\(flag)'"
        case .missingValue(let flag): "\(flag): a value is required"
        case .invalidValue(let flag, let value, let expected): "\(flag): '\(value)' is not \(expected)"
        case .helpRequested: "help requested"
        }
    }
}
