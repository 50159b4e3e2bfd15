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
///
/// With `ship`, it runs a monitor with the journal and a webhook shipping from it, guards `count` failing
/// calls, waits up to `wait-seconds` for the webhook to have shipped everything, and prints `journaled N`
/// and `shipped true|false`; a test kills it or lets it exit, then runs it again.
///
/// ```
/// JournalCrashChild ship /tmp/x/violations.jsonl http://127.0.0.1:PORT/ingest <count> <wait-seconds>
/// ```
@main
enum JournalCrashChild {
    static func main() async {
        let arguments = CommandLine.arguments
        if arguments.count == 6, arguments[1] == "ship" {
            await ship(
                journal: URL(fileURLWithPath: arguments[2]), hook: URL(string: arguments[3])!,
                count: Int(arguments[4]) ?? 0, wait: Int(arguments[5]) ?? 0)
            return
        }
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

    /// Guards `count` failing calls into a journal and a webhook shipping from it, then waits for the webhook.
    static func ship(journal: URL, hook: URL, count: Int, wait: Int) async {
        let sink: JournalSink
        do {
            sink = try .journal(opening: journal)
        } catch {
            fail("\(error)")
        }
        let monitor = InvariantMonitor(sinks: [sink, .webhook(hook, timeout: .seconds(2), attempts: 1)])
        let rules = InvariantSet<Int, Int>("crash.child") {
            Invariant("positive") { _, output in output > 0 }
        }
        let negate = monitor.guarded(rules) { (value: Int) in -value }
        for value in 0..<count { _ = negate(value) }
        while monitor.health.sinks[0].delivered < count { try? await Task.sleep(for: .milliseconds(5)) }
        writeAll(Array("journaled \(count)\n".utf8), to: STDOUT_FILENO)
        let shipped = await monitor.flush(timeout: .seconds(wait))
        writeAll(Array("shipped \(shipped)\n".utf8), to: STDOUT_FILENO)
        _ = await monitor.shutdown(deadline: .milliseconds(100))
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
