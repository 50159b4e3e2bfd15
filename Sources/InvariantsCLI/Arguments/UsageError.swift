/// A command line the command cannot run: an unknown option, a missing value, a missing or unreadable file.
/// The CLI prints its message on one line to standard error and exits with ``ExitCode/usage``.
struct UsageError: Error, CustomStringConvertible {
    /// What was wrong, naming the option, file or line.
    var message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}
