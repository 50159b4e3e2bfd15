import Foundation
import Testing

/// A reader that goes away (`invariants report … | head -1`) stops the command quietly: no crash, no
/// message, the status a shell reports for a command a broken pipe stopped (128 + SIGPIPE).
struct BrokenPipeTests {
    @Test(arguments: [["report"], ["report", "--json"], ["tail", "--from-start"]])
    func aClosedStandardOutputStopsTheCommandQuietly(command: [String]) throws {
        let journal = try TestJournal()
        try journal.append((1...50).map { TestJournal.record("tax-non-negative", id: $0) })
        let result = try CLIRunner.runIntoClosedPipe([command[0], journal.path] + command.dropFirst())
        #expect(result.reason == .exit, "stopped by signal \(result.status)")
        #expect(result.status == 141)
        #expect(result.standardError.isEmpty)
    }
}
