import Foundation
import Glibc
import Invariants

/// Journals records as fast as it can with `.everyRecord` durability and prints each event ID on
/// standard output once `record` has returned, so a test can kill it at any moment and check that every
/// ID it printed survived.
///
/// ```
/// JournalCrashChild /tmp/x/violations.jsonl [max-records]
/// ```
@main
enum JournalCrashChild {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else { fail("usage: JournalCrashChild <journal path> [max records]") }
        let limit = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000
        let sink = JournalSink(at: URL(fileURLWithPath: arguments[1]), durability: .everyRecord)
        for index in 0..<limit {
            let record = ViolationRecord(
                setID: "crash.child",
                ruleID: "as-fast-as-possible",
                message: "record \(index)",
                input: Snapshot(value: ["index": .number("\(index)")], byteCount: 12),
                output: Snapshot(text: String(repeating: "o", count: index % 700)),
                callSite: CallSite()
            )
            do {
                try sink.record([record])
            } catch {
                fail("\(error)")
            }
            writeAll(Array((record.eventID + "\n").utf8), to: STDOUT_FILENO)
        }
    }

    /// Writes straight to the descriptor: nothing stays in a buffer a SIGKILL would lose.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { exit(3) }
                offset += written
            }
        }
    }

    static func fail(_ message: String) -> Never {
        writeAll(Array("JournalCrashChild: \(message)\n".utf8), to: STDERR_FILENO)
        exit(2)
    }
}
