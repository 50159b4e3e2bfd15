import Foundation
import Testing

struct DemoCommandTests {
    private let scratch = ScratchDirectory("demo")

    @Test func theDemoCatchesTheSeededBugAndRedactsTheCard() throws {
        let directory = scratch.file(UUID().uuidString)
        let result = try CLIRunner.run("demo", "--seconds", "0", "--calls", "12", "--out", directory.path)
        #expect(result.status == 0)
        let journal = try String(contentsOf: directory.appendingPathComponent("violations.jsonl"), encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 2)
        #expect(!journal.contains("4111 1111"))
        #expect(result.standardOutput.contains("Journal: \(directory.path)/violations.jsonl"))
        #expect(result.standardOutput.contains("12 calls quoted, 2 violations recorded"))
        #expect(result.standardOutput.contains("pricing.quote/exempt-pays-no-tax: 2 × [critical]"))
        #expect(
            result.standardError.contains(
                "invariants: ✗ pricing.quote/exempt-pays-no-tax [critical] \\Quote.tax was 77.51"))
        #expect(!result.standardOutput.contains("4111 1111"))
        #expect(!result.standardError.contains("4111 1111"))
    }

    @Test func badArgumentsGetOneClearLineAndExitCode2() throws {
        let unknown = try CLIRunner.run("bogus")
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "invariants: unknown command 'bogus'; see 'invariants --help'\n")
        let badCount = try CLIRunner.run("demo", "--seconds", "0", "--calls", "zero")
        #expect(badCount.status == 2)
        #expect(badCount.standardError == "invariants demo: --calls expects a whole number from 1 to 100000\n")
        let badFlag = try CLIRunner.run("demo", "--fast")
        #expect(badFlag.status == 2)
        #expect(badFlag.standardError.contains("unknown option '--fast'"))
    }

    /// The count in the alert depends on how the reporter batched the records (3 or more), so only the
    /// rule and the single delivery are asserted.
    @Test func theDemoFiresACountAlert() throws {
        let alerts = try CLIRunner.run(
            "demo", "--seconds", "0", "--calls", "40", "--out",
            scratch.file(UUID().uuidString).path)
        #expect(
            alerts.standardError.contains(
                "invariants: 🔔 [count ≥ 3 in 60s] pricing.quote/exempt-pays-no-tax: "))
        #expect(alerts.standardOutput.contains("Alerts sent: 1"))
    }

    @Test func helpListsTheCommands() throws {
        let help = try CLIRunner.run("--help")
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: invariants <command> [options]"))
        #expect(help.standardOutput.contains("demo"))
    }

    /// The demo ends with what `invariants report` prints for its journal, and says what to run next.
    @Test func theDemoPrintsTheReportAndTheNextCommands() throws {
        let directory = scratch.file(UUID().uuidString)
        let result = try CLIRunner.run("demo", "--seconds", "0", "--calls", "40", "--out", directory.path)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[##############################] 40/40 calls"))
        #expect(result.standardOutput.contains("BY RULE"))
        #expect(result.standardOutput.contains("OVER TIME"))
        // `invariants` when it is on PATH, else the `swift run invariants` form that works from the clone.
        let command = Self.onPath("invariants") ? "invariants" : "swift run invariants"
        #expect(
            result.standardOutput.contains(
                "Next: \(command) report \(directory.path)/violations.jsonl --html report.html"))
        let report = try CLIRunner.run("report", directory.appendingPathComponent("violations.jsonl").path)
        #expect(report.status == 0)
        let section = try #require(report.standardOutput.components(separatedBy: "BY RULE").last)
        #expect(result.standardOutput.contains(String(section.prefix(200))))
    }

    private static func onPath(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
