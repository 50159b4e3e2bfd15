import Foundation

/// One `invariants` subcommand: its name, help text, the options and flags it accepts, and what it does.
///
/// ```swift
/// enum TailCommand: Subcommand {
///     static let name = "tail"
///     static let summary = "Follow a journal and print violations as they arrive."
///     static let usage = "USAGE: invariants tail <journal>"
///     static let options: Set<String> = []
///     static let flags: Set<String> = []
///     static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 { … }
/// }
/// ```
protocol Subcommand: Sendable {
    /// The word after `invariants` that selects this command.
    static var name: String { get }
    /// One line for `invariants --help`.
    static var summary: String { get }
    /// The full help text, printed for `--help`.
    static var usage: String { get }
    /// The options that take a value (`--rule ID`).
    static var options: Set<String> { get }
    /// The flags (`--json`).
    static var flags: Set<String> { get }
    /// The help to print for `--help` given with these arguments; ``usage`` unless the command has actions
    /// with help of their own (`invariants review list --help`).
    static func help(for arguments: ParsedArguments) -> String
    /// Runs the command and returns its exit status (see ``ExitCode``). A thrown ``UsageError`` is printed
    /// as one line and exits with ``ExitCode/usage``.
    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32
}

extension Subcommand {
    /// The command's ``usage``, whatever the arguments.
    static func help(for arguments: ParsedArguments) -> String { usage }

    /// Parses `arguments`, prints help when asked, runs the command and turns a usage error into one line on
    /// standard error and exit status 2.
    static func main(_ arguments: [String]) async -> Int32 {
        do {
            let parsed = try ParsedArguments(arguments, options: options, flags: flags)
            if parsed.wantsHelp {
                say(help(for: parsed))
                return ExitCode.ok
            }
            return try await run(parsed)
        } catch {
            fail(error.message + (error.message.hasPrefix("unknown option") ? "; see 'invariants \(name) --help'" : ""))
            return ExitCode.usage
        }
    }

    /// Writes `invariants NAME: message` to standard error.
    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("invariants \(name): \(message)\n".utf8))
    }

    /// Writes a line to standard output at once, so it interleaves correctly with lines other threads write;
    /// stops the command quietly when the reader went away (see ``StandardOutput``).
    static func say(_ line: String) {
        StandardOutput.write(Data((line + "\n").utf8))
    }
}
