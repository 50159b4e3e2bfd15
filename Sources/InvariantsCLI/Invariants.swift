import Foundation

/// The `invariants` command: `invariants <command> [options]`.
@main
enum InvariantsCommand {
    static let usage = """
        USAGE: invariants <command> [options]

        COMMANDS:
          demo        Run a pricing function with a seeded bug under checks and print what is caught.

        OPTIONS:
          -h, --help  Show help for the command.
        """

    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else {
            print(usage)
            exit(2)
        }
        arguments.removeFirst()
        switch command {
        case "-h", "--help", "help":
            print(usage)
        case "demo":
            exit(await DemoCommand.run(arguments))
        default:
            FileHandle.standardError.write(
                Data("invariants: unknown command '\(command)'; see 'invariants --help'\n".utf8))
            exit(2)
        }
    }
}
