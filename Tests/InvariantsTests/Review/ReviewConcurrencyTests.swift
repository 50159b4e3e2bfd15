import Foundation
import Glibc
import Invariants
import Testing

struct ReviewQueueConcurrencyTests {
    /// The `ReviewQueueChild` binary, built by SwiftPM next to the test bundle.
    private static var child: URL? { childExecutable(named: "ReviewQueueChild") }

    /// Long items (about 2 KiB each) so that torn or interleaved writes would show.
    private static func item(_ id: String) -> ReviewItem {
        var item = ReviewFixtures.item(id)
        item.input = Snapshot(value: ["padding": .string(String(repeating: id, count: 2048 / id.count))])
        return item
    }

    @Test func threadsAppendingThroughSeparateQueuesLoseAndTearNothing() async throws {
        let scratch = try ScratchDirectory()
        let url = scratch.file("review")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let queue = DirectoryReviewQueue(at: url)  // its own descriptors, as another process would have
                    for index in 0..<50 { try queue.append([Self.item("t\(writer)-\(index)")]) }
                }
            }
            try await group.waitForAll()
        }
        let contents = try DirectoryReviewQueue(at: url).contents()
        #expect(contents.problems.isEmpty)
        #expect(Set(contents.items.map(\.id)).count == 200)
        for writer in 0..<4 {  // each writer's items in its own order
            let ids = contents.items.map(\.id).filter { $0.hasPrefix("t\(writer)-") }
            #expect(ids == (0..<50).map { "t\(writer)-\($0)" })
        }
    }

    @Test func twoProcessesAndThisOneAppendAtOnce() throws {
        let scratch = try ScratchDirectory()
        let url = scratch.file("review")
        let executable = try #require(Self.child, "ReviewQueueChild is not built next to the test bundle")
        let children = try ["x", "y"].map { tag in
            let process = Process()
            process.executableURL = executable
            process.arguments = [url.path(percentEncoded: false), tag, "300"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        defer {
            for (process, _) in children where process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        let queue = DirectoryReviewQueue(at: url)
        for index in 0..<100 { try queue.append([Self.item("z-\(index)")]) }
        for (process, errors) in children {
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let contents = try queue.contents()
        #expect(contents.problems.isEmpty)
        #expect(contents.items.count == 700)
        for (tag, count) in [("x", 300), ("y", 300), ("z", 100)] {
            #expect(contents.items.map(\.id).filter { $0.hasPrefix(tag + "-") } == (0..<count).map { "\(tag)-\($0)" })
        }
    }
}
