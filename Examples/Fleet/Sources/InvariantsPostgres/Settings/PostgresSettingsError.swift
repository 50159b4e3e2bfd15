/// Why the environment's PostgreSQL settings could not be used.
///
/// ```swift
/// try PostgresSettings.fromEnvironment(["PGPORT": "eighty"])
/// // PGPORT: expected a port in 1...65535, got 'eighty'
/// ```
public enum PostgresSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A variable's value is malformed.
    case invalid(variable: String, reason: String)

    /// One line naming the variable.
    public var description: String {
        switch self {
        case .invalid(let variable, let reason): "\(variable): \(reason)"
        }
    }
}
