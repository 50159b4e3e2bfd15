import Foundation

/// The `fleet` command: `invariants review` and `invariants export --queue` against the shared PostgreSQL
/// review store. The views, argument parsing and exit codes are the `invariants` command's own files,
/// compiled here as well (see `Shared/`), so the output is the same.
@main
enum FleetCommand {
    static let subcommands: [any Subcommand.Type] = [FleetReviewCommand.self, FleetExportCommand.self]

    static var usage: String {
        """
        USAGE: fleet <command> [options]

        COMMANDS:
          review  Work through the shared review queue: list, show, verdict, stats, next.
          export  Write the items reviewers judged incorrect as a JSON Lines fixture for replay in tests.

        The store: INVARIANTS_POSTGRES_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE.

        OPTIONS:
          -h, --help  Show help for the command.

        EXIT STATUS: 0 ok, 1 findings or failures, 2 usage or input errors, 141 output closed (| head).
        """
    }

    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        exit(await CommandDispatch.run(program: "fleet", usage: usage, subcommands: subcommands, arguments: arguments))
    }
}
