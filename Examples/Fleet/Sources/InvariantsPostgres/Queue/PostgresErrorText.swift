import PostgresNIO

/// PostgreSQL errors as one line: the server's message and SQLSTATE, or the client's error code.
/// `PSQLError`'s own description hides both on purpose; neither carries the password.
enum PostgresErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        let underlying = error.underlying.map { ": \($0)" } ?? ""
        return "\(error.code)\(underlying)"
    }
}
