import Foundation
import Glibc
import Invariants
import Testing

struct JournalCrashTests {
    /// The `JournalCrashChild` binary, built by SwiftPM next to the test bundle.
    static var child: URL? { childExecutable(named: "JournalCrashChild") }

    @Test func everyRecordAChildReportedSurvivesItsSIGKILL() throws {
        let scratch = try ScratchDirectory()
        let executable = try #require(Self.child, "JournalCrashChild is not built next to the test bundle")
        let process = Process()
        process.executableURL = executable
        process.arguments = [scratch.path("violations.jsonl")]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        // Bounds, not timing assertions: never hang when the child misbehaves.
        var printed = ChildOutput(descriptor: output.fileHandleForReading.fileDescriptor)
        let enough = printed.read(untilLines: 500, deadline: .now + .seconds(120))
        kill(process.processIdentifier, SIGKILL)
        let ended = printed.readToEnd(deadline: .now + .seconds(30))
        process.waitUntilExit()
        let childErrors = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(enough, "the child printed \(printed.lines.count) IDs; its errors: \(childErrors)")
        #expect(ended)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        // Reopening recovers a torn last line, if the kill left one.
        let recovering = JournalSink(at: scratch.journal)
        try recovering.open()
        if let torn = recovering.tornLineFile {
            #expect(try JournalFixtures.contents(of: torn).count == recovering.recoveredTornBytes)
        }
        try recovering.close()

        var corrupt: [String] = []
        var written = Set<String>()
        try JournalReader(journalAt: scratch.journal).forEach { entry in
            switch entry {
            case .record(let record, _): written.insert(record.eventID)
            case .corrupt(let location, let reason): corrupt.append("\(location): \(reason)")
            }
        }
        #expect(corrupt == [])
        #expect(printed.lines.filter { !written.contains($0) } == [])
        #expect(written.count >= printed.lines.count)
    }
}
