import Foundation
import Glibc
import Invariants

/// Appends review items to a queue directory one append at a time, as a second process would, so a test
/// can run two of these at once and check that no line was torn or lost.
///
/// ```
/// ReviewQueueChild <queue dir> <tag> <count>
/// ```
/// Item ids are `<tag>-<index>`; every item carries a 2 KiB input so that lines are long.
@main
enum ReviewQueueChild {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 4, let count = Int(arguments[3]) else {
            fail("usage: ReviewQueueChild <queue dir> <tag> <count>")
        }
        let queue = DirectoryReviewQueue(at: URL(fileURLWithPath: arguments[1]))
        let padding = String(repeating: arguments[2], count: 2048 / max(arguments[2].count, 1))
        for index in 0..<count {
            let item = ReviewItem(
                id: "\(arguments[2])-\(index)",
                queue: queue.name,
                setID: "child.set",
                input: Snapshot(value: ["index": .number("\(index)"), "padding": .string(padding)]),
                output: Snapshot(text: "output \(index)"),
                outcome: ReviewOutcome(checkedRules: ["child.set/rule"])
            )
            do { try queue.append([item]) } catch { fail("\(error)") }
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ReviewQueueChild: \(message)\n".utf8))
        exit(2)
    }
}
