/// The exit statuses every `invariants` command uses.
enum ExitCode {
    /// Success: nothing to report, or a report was written.
    static let ok: Int32 = 0
    /// Findings or failures: violations found where none were expected, a diff, a failed check.
    static let findings: Int32 = 1
    /// Usage or input errors: an unknown option, a missing file, an unreadable input.
    static let usage: Int32 = 2
}
