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
        USAGE: invariants tail <journal> [--from-start] [--interval <ms>] [--max-line-bytes <n>]

        Prints each violation appended to the journal as one line on standard output, as the console sink
        writes it. Follows the file across rotation (a new file at the path) and truncation; a partial last
        line is held until it is complete; a line that is not a record is reported on standard error as
        FILE:LINE: reason. When the journal rotated several times between two looks, the rotated files are
        read in order; if the rotation removed files before they could be read, standard error says so.
        A directory means the journal violations.jsonl in it. Ctrl-C or SIGTERM ends it with status 0.

        OPTIONS:
          --from-start     Print the violations already in the file first.
          --interval <ms>  How often to look for new lines when none arrive (10...10000, default 200); after
                           new lines tail looks again within 10 ms, backing off to the interval.
        \(ParsedArguments.maxLineBytesHelp)
          -h, --help       Show this help.
        """

    static let options: Set<String> = ["--interval", ParsedArguments.maxLineBytesOption]
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
        let maxLineBytes = try arguments.maxLineBytes()
        var follower = try JournalFollower(
            path: path, fromStart: arguments.has("--from-start"), maxLineBytes: maxLineBytes)

        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopping.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }

        var idlePolls = 0
        while !stopping.load(ordering: .relaxed) {
            let lines = try follower.poll()
            for warning in follower.warnings { fail(warning) }
            var text = ""
            for line in lines {
                switch line.content {
                case .tooLong:
                    problem(
                        "\(line.path):\(line.number): line longer than \(maxLineBytes) bytes "
                            + "(raise the limit with --max-line-bytes); skipped")
                case .bytes(let bytes):
                    do {
                        text += ConsoleSink.oneLine(for: try ViolationRecord(jsonLine: bytes)) + "\n"
                    } catch {
                        problem("\(line.path):\(line.number): \(DisplayText.oneLine(String(describing: error)))")
                    }
                }
            }
            if !text.isEmpty { StandardOutput.write(Data(text.utf8)) }
            // While lines arrive, look again soon (10 ms, doubling while idle, up to --interval): a journal
            // rotating fast must not outrun its file cap while tail sleeps.
            idlePolls = lines.isEmpty ? idlePolls + 1 : 0
            if idlePolls > 0 { try? await Task.sleep(for: .milliseconds(min(interval, 10 << min(idlePolls - 1, 10)))) }
        }
        return ExitCode.ok
    }

    /// Writes `FILE:LINE: reason` to standard error, as the other commands report a corrupt line.
    private static func problem(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
