import Foundation
import Glibc
import Invariants
import Testing

/// Journal-backed delivery across a real restart: a child process journals records while the endpoint is
/// down and is killed; the endpoint comes back; a second child process ships every record, each once.
struct ShippingRestartTests {
    /// Runs the child in `ship` mode until it prints `lines` lines (or ends), then SIGKILLs it; its output.
    private func runChild(
        _ executable: URL, journal: String, hook: URL, count: Int, wait: Int, lines: Int
    ) throws -> [String] {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["ship", journal, hook.absoluteString, String(count), String(wait)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ChildOutput(descriptor: output.fileHandleForReading.fileDescriptor)
        _ = printed.read(untilLines: lines, deadline: .now + .seconds(120))
        kill(process.processIdentifier, SIGKILL)
        _ = printed.readToEnd(deadline: .now + .seconds(30))
        process.waitUntilExit()
        return printed.lines
    }

    @Test(.enabled(if: pythonIsAvailable, "needs python3 for the local HTTP server"))
    func aKilledProcessesRecordsAreShippedByTheNextOne() async throws {
        let executable = try #require(JournalCrashTests.child, "JournalCrashChild is not built next to the test bundle")
        let scratch = try ScratchDirectory()
        let port = try JournalShippingTests.freePort()
        let hook = URL(string: "http://127.0.0.1:\(port)/ingest")!

        // The endpoint is down: the first process journals 40 records, then is killed mid-retry.
        let first = try runChild(
            executable, journal: scratch.path("violations.jsonl"), hook: hook, count: 40, wait: 60, lines: 1)
        #expect(first == ["journaled 40"])
        let journaled = try JournalReader(journalAt: scratch.journal).records().map(\.eventID)
        #expect(journaled.count == 40)

        // The endpoint is back: the next process ships the backlog and its own 10 records.
        let server = try LocalHookServer(port: port)
        defer { server.stop() }
        let second = try runChild(
            executable, journal: scratch.path("violations.jsonl"), hook: hook, count: 10, wait: 60, lines: 2)
        #expect(second == ["journaled 10", "shipped true"])
        let all = try JournalReader(journalAt: scratch.journal).records().map(\.eventID)
        #expect(all.count == 50)
        let received = try server.requests().flatMap { try decodedRecords($0.body) }.map(\.eventID)
        #expect(received.sorted() == all.sorted())  // every record, each once
    }
}
