import Foundation

/// The `invariants` command: `invariants <command> [options]`.
@main
enum InvariantsCommand {
    /// Every subcommand, in the order `--help` lists them.
    static let subcommands: [any Subcommand.Type] = [
        DemoCommand.self,
        ReviewCommand.self,
        BaselineCommand.self,
        ReportCommand.self,
        ExportCommand.self,
        TailCommand.self,
    ]

    static var usage: String {
        let width = subcommands.map { $0.name.count }.max() ?? 0
        let lines = subcommands.map { command in
            "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary
        }
        return """
            USAGE: invariants <command> [options]

            COMMANDS:
            \(lines.joined(separator: "\n"))

            OPTIONS:
              -h, --help  Show help for the command.

            EXIT STATUS: 0 ok, 1 findings or failures, 2 usage or input errors, 141 output closed (| head).
            """
    }

    static func main() async {
        StandardOutput.ignoreBrokenPipes()
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first else {
            print(usage)
            exit(ExitCode.usage)
        }
        arguments.removeFirst()
        if ["-h", "--help", "help"].contains(name) {
            print(usage)
            exit(ExitCode.ok)
        }
        guard let command = subcommands.first(where: { $0.name == name }) else {
            FileHandle.standardError.write(
                Data("invariants: unknown command '\(name)'; see 'invariants --help'\n".utf8))
            exit(ExitCode.usage)
        }
        exit(await command.main(arguments))
    }
}
