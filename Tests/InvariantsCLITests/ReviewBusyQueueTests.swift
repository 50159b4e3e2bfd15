import Foundation
import Testing

/// Working a busy queue: the demo's repeated violations, judged in one command, and the views that help.
struct ReviewBusyQueueTests {
    /// Runs the demo (its default 300 calls) into a fresh directory; returns the directory and the queue.
    private func demo() throws -> (directory: URL, queue: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString)")
        let demo = try CLIRunner.run("demo", "--seconds", "0", "--out", directory.path)
        try #require(demo.status == 0, "\(demo.standardError)")
        return (directory, directory.appendingPathComponent("review").path)
    }

    private func items(_ queue: String, _ filters: String...) throws -> [[String: Any]] {
        let list = try CLIRunner.run(["review", "list", "--queue", queue, "--json"] + filters)
        try #require(list.status == 0, "\(list.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func theDemosRepeatedViolationsAreJudgedInOneBulkCommand() throws {
        let (directory, queue) = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let all = try items(queue)
        let failing = try items(queue, "--outcome", "failed")
        #expect(failing.count == 60)
        #expect(all.count == 80)

        let groups = try CLIRunner.run("review", "list", "--group", "--queue", queue)
        let lines = groups.standardOutput.split(separator: "\n")
        #expect(lines.first == "2 groups of 80 items in \(queue) by fingerprint:")
        #expect(lines.dropFirst().first == "FINGERPRINT       ITEMS   OPEN  SET             OUTCOME")
        let repeated = try #require(lines.first { $0.hasSuffix("✗ exempt-pays-no-tax [critical]") })
        #expect(repeated.contains("     60     60  pricing.quote   "))
        let fingerprint = String(repeated.prefix(8))

        let dryRun = try CLIRunner.run(
            "review", "verdict", "--fingerprint", fingerprint, "--queue", queue, "--reviewer", "ann", "--label",
            "confirmed", "--dry-run")
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        #expect(
            dryRun.standardOutput.hasPrefix(
                "Would record ann's verdict confirmed on 60 items (fingerprint \(fingerprint)); nothing written"))
        #expect(!FileManager.default.fileExists(atPath: queue + "/verdicts.jsonl"))

        let bulk = try CLIRunner.run(
            "review", "verdict", "--fingerprint", fingerprint, "--queue", queue, "--reviewer", "ann", "--label",
            "confirmed")
        #expect(bulk.status == 0, "\(bulk.standardError)")
        #expect(
            bulk.standardOutput
                == "Recorded ann's verdict confirmed on 60 items (fingerprint \(fingerprint)): "
                + "a real violation of pricing.quote/exempt-pays-no-tax.\n")
        let verdicts = try String(contentsOfFile: queue + "/verdicts.jsonl", encoding: .utf8)
        #expect(verdicts.split(separator: "\n").count == 60)
        let list = try CLIRunner.run("review", "list", "--queue", queue)
        #expect(list.standardOutput.hasPrefix("20 pending of 80 items in \(queue):"))
        #expect(try items(queue, "--status", "confirmed").count == 60)
        #expect(try items(queue, "--reviewer", "ann").count == 60)

        let again = try CLIRunner.run(
            "review", "verdict", "--fingerprint", fingerprint, "--queue", queue, "--reviewer", "ann", "--label",
            "confirmed")
        #expect(again.status == 2)
        #expect(
            again.standardError == "invariants review: no open item of \(queue) matches the filters; nothing recorded\n"
        )
    }

    @Test func filtersNarrowTheListAndWordsMustFitTheCall() throws {
        let (directory, queue) = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try items(queue, "--outcome", "passed").count == 20)
        #expect(try items(queue, "--rule", "exempt-pays-no-tax").count == 80)  // passing calls checked it too
        #expect(try items(queue, "--rule", "exempt-pays-no-tax", "--outcome", "failed").count == 60)
        #expect(try items(queue, "--set", "other.set").isEmpty)
        #expect(try items(queue, "--origin", "assistant-model").count == 80)
        #expect(try items(queue, "--since", "1h").count == 80)
        #expect(try items(queue, "--since", "2999-01-01T00:00:00Z").isEmpty)

        let mixed = try CLIRunner.run(
            "review", "verdict", "--set", "pricing.quote", "--queue", queue, "--reviewer", "ann", "--label", "ok")
        #expect(mixed.status == 2)
        #expect(mixed.standardError.contains("the selection mixes 60 violations and 20 passing calls"))
        let passing = try #require(try items(queue, "--outcome", "passed").first?["id"] as? String)
        let wrongWord = try CLIRunner.run(
            "review", "verdict", passing, "--queue", queue, "--reviewer", "ann", "--label", "confirmed")
        #expect(wrongWord.status == 2)
        #expect(
            wrongWord.standardError
                == "invariants review: --label: 'confirmed' is for violations; this call passed its rules "
                + "(did you mean missed?): say ok, missed or unsure\n")
    }

    @Test func partialVerdictsShowAndShowGivesTheCombinedJudgement() throws {
        let (directory, queue) = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let failing = try items(queue, "--outcome", "failed").compactMap { $0["id"] as? String }
        let next = try CLIRunner.run("review", "next", "--queue", queue, "--outcome", "failed")
        #expect(next.standardOutput.hasPrefix("Item \(failing[0]) (queue review, pending)"))
        #expect(next.standardOutput.contains("--label confirmed|false-alarm|unsure"))

        #expect(
            try CLIRunner.run(
                "review", "verdict", failing[0], "--queue", queue, "--reviewer", "ann", "--label", "unsure"
            )
            .status == 0)
        let unsure = try CLIRunner.run("review", "list", "--queue", queue, "--status", "unsure")
        #expect(unsure.standardOutput.contains("\(failing[0].prefix(8))  "))
        #expect(unsure.standardOutput.contains("  unsure       pricing.quote"))

        _ = try CLIRunner.run(
            "review", "verdict", failing[1], "--queue", queue, "--reviewer", "ann", "--label", "confirmed")
        _ = try CLIRunner.run(
            "review", "verdict", failing[1], "--queue", queue, "--reviewer", "bob", "--label", "false-alarm")
        let show = try CLIRunner.run("review", "show", failing[1].uppercased(), "--queue", queue)
        #expect(show.status == 0, "\(show.standardError)")
        #expect(show.standardOutput.hasPrefix("Item \(failing[1]) (queue review, disputed)"))
        #expect(show.standardOutput.contains("\nJudgement: disputed, still pending (ann confirmed; bob false-alarm)"))
        _ = try CLIRunner.run(
            "review", "verdict", failing[1], "--queue", queue, "--reviewer", "cy", "--label", "confirmed")
        let settled = try CLIRunner.run("review", "show", failing[1], "--queue", queue)
        #expect(settled.standardOutput.contains("\nJudgement: confirmed (2 of 3: ann, cy confirmed; bob false-alarm)"))

        let next2 = try CLIRunner.run("review", "next", "--queue", queue, "--outcome", "failed")
        #expect(next2.standardOutput.hasPrefix("Item \(failing[0]) (queue review, unsure)"))
    }

    @Test func anAmbiguousPrefixListsItsMatches() throws {
        let (directory, queue) = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ids = try items(queue, "--all").compactMap { $0["id"] as? String }
        let prefix = try #require(
            Dictionary(grouping: ids, by: { String($0.prefix(1)) }).first { $0.value.count > 1 })
        let show = try CLIRunner.run("review", "show", prefix.key.uppercased(), "--queue", queue)
        #expect(show.status == 2)
        let lines = show.standardError.split(separator: "\n")
        #expect(
            lines.first
                == "invariants review: '\(prefix.key.uppercased())' matches \(prefix.value.count) items; give more of the id:"
        )
        for id in prefix.value.prefix(10) { #expect(show.standardError.contains("  \(id)  ")) }
    }

    @Test func aFolderThatIsNotAQueueIsRefusedAndLeftAlone() throws {
        let (directory, _) = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        let list = try CLIRunner.run("review", "list", "--queue", directory.path)
        #expect(list.status == 2)
        #expect(
            list.standardError
                == "invariants review: review queue: \(directory.path) is not a review queue (no items.jsonl); "
                + "did you mean \(directory.path)/review?\n")
        #expect(list.standardOutput.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == before)

        let empty = directory.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let fresh = try CLIRunner.run("review", "list", "--queue", empty.path)
        #expect(fresh.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }
}
