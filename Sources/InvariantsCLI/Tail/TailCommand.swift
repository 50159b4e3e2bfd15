import Dispatch
import Foundation
import Glibc
import Invariants
import Synchronization

/// `invariants tail JOURNAL`: follows a journal and prints each new violation as one line, as the console sink
/// writes it, until interrupted.
enum TailCommand: Subcommand {
    static let name = "tail"
    static let summary = "Follow a journal and print violations as they arrive."
    static let usage = """
        USAGE: invariants tail <journal> [--from-start] [--interval <ms>]

        Prints each violation appended to the journal as one line on standard output, as the console sink
        writes it. Follows the file across rotation (a new file at the path) and truncation; a partial last
        line is held until it is complete; a line that is not a record is reported on standard error as
        FILE:LINE: reason. A directory means the journal violations.jsonl in it. Ctrl-C or SIGTERM ends it
        with status 0.

        OPTIONS:
          --from-start     Print the violations already in the file first.
          --interval <ms>  How often to look for new lines (10...10000, default 200).
          -h, --help       Show this help.
        """

    static let options: Set<String> = ["--interval"]
    static let flags: Set<String> = ["--from-start"]

    /// Set by SIGINT or SIGTERM.
    private static let stopping = Atomic<Bool>(false)

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        guard arguments.positionals.count == 1, let argument = arguments.positionals.first else {
            throw UsageError(
                arguments.positionals.isEmpty
                    ? "missing JOURNAL: name the journal file to follow" : "tail follows one journal")
        }
        let interval = try arguments.integer("--interval", in: 10...10_000) ?? 200
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
        guard exists else { throw UsageError("no such journal file: \(argument)") }
        let path = isDirectory.boolValue ? argument + "/violations.jsonl" : argument
        var follower = try JournalFollower(path: path, fromStart: arguments.has("--from-start"))

        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopping.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }

        while !stopping.load(ordering: .relaxed) {
            for line in try follower.poll() {
                do {
                    say(ConsoleSink.oneLine(for: try ViolationRecord(jsonLine: line.bytes)))
                } catch {
                    FileHandle.standardError.write(Data("\(path):\(line.number): \(error)\n".utf8))
                }
            }
            try? await Task.sleep(for: .milliseconds(interval))
        }
        return ExitCode.ok
    }
}
