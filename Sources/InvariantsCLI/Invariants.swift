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
        let arguments = Array(CommandLine.arguments.dropFirst())
        exit(
            await CommandDispatch.run(
                program: "invariants", usage: usage, subcommands: subcommands, arguments: arguments))
    }
}
