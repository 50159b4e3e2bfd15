import Foundation

/// Picks the subcommand the first argument names and runs it: the dispatch shared by the `invariants`
/// command and the `fleet` example's command (which compiles this file as well).
enum CommandDispatch {
    /// Runs the subcommand named by `arguments.first` with the remaining arguments and returns its exit
    /// status; prints `usage` for no argument or `-h`/`--help`/`help`, and one line on standard error
    /// (status 2) for an unknown name. A reader that closes standard output stops the command quietly
    /// (``StandardOutput/ignoreBrokenPipes()``).
    ///
    /// - Parameters:
    ///   - program: the command's name, used in the error line (`invariants`, `fleet`).
    ///   - usage: the command's help text.
    ///   - subcommands: the subcommands to choose from.
    ///   - arguments: the arguments after the program's path.
    static func run(
        program: String, usage: String, subcommands: [any Subcommand.Type], arguments: [String]
    ) async -> Int32 {
        StandardOutput.ignoreBrokenPipes()
        guard let name = arguments.first else {
            StandardOutput.write(Data((usage + "\n").utf8))
            return ExitCode.usage
        }
        if ["-h", "--help", "help"].contains(name) {
            StandardOutput.write(Data((usage + "\n").utf8))
            return ExitCode.ok
        }
        guard let command = subcommands.first(where: { $0.name == name }) else {
            FileHandle.standardError.write(
                Data("\(program): unknown command '\(name)'; see '\(program) --help'\n".utf8))
            return ExitCode.usage
        }
        return await command.main(Array(arguments.dropFirst()))
    }
}
