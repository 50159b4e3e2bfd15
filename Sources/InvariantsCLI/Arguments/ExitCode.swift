/// The exit statuses every `invariants` command uses.
enum ExitCode {
    /// Success: nothing to report, or a report was written.
    static let ok: Int32 = 0
    /// Findings or failures: violations found where none were expected, a diff, a failed check.
    static let findings: Int32 = 1
    /// Usage or input errors: an unknown option, a missing file, an unreadable input.
    static let usage: Int32 = 2
    /// Standard output's reader went away (`invariants report … | head -1`): 128 + `SIGPIPE`, what a shell
    /// reports for a command a broken pipe stopped. Nothing is printed.
    static let brokenPipe: Int32 = 141
}
