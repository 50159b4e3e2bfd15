import Foundation
import Invariants
import InvariantsTesting
import Testing

@testable import InvariantsCLI

struct ExportCommandTests {
    @Test func writesEachDistinctInputOfTheRuleOnce() throws {
        let journal = try TestJournal()
        try journal.append([
            TestJournal.record("tax-non-negative", id: 1, input: ["sku": "A"]),
            TestJournal.record("tax-non-negative", id: 2, input: ["sku": "B"]),
            TestJournal.record("tax-non-negative", id: 3, input: ["sku": "A"]),
            TestJournal.record("currency-preserved", id: 4, input: ["sku": "C"]),
        ])
        let fixture = journal.file("fixture.jsonl")
        let result = try CLIRunner.run("export", journal.path, "--rule", "tax-non-negative", "--to", fixture.path)
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "Wrote 2 cases to \(fixture.path) (3 matching records, 1 duplicate input skipped)\n")
        let cases = try RegressionFixture(contentsOf: fixture).cases
        #expect(cases.map(\.id) == [String(repeating: "0", count: 31) + "1", String(repeating: "0", count: 31) + "2"])
        #expect(cases.map(\.invariantID) == ["pricing.quote/tax-non-negative", "pricing.quote/tax-non-negative"])
        #expect(cases.map { $0.input.value?["sku"] } == [.string("A"), .string("B")])
        #expect(cases.first?.note == "tax was -0.01")
        // One self-contained object per line.
        let lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"id\":") })
    }

    /// The loop the issue asks for: production journal → fixture → test suite. The demo's pricing function still
    /// has its bug, so every exported case fails again; the fixed function passes them all.
    @Test func aFixtureExportedFromTheDemoReplaysThroughInvariantsTesting() throws {
        let journal = try TestJournal()
        #expect(
            try CLIRunner.run("demo", "--seconds", "0", "--calls", "60", "--out", journal.directory.path).status == 0)
        let fixture = journal.file("exempt.jsonl")
        let export = try CLIRunner.run(
            "export", journal.directory.path, "--rule", "pricing.quote/exempt-pays-no-tax", "--to", fixture.path)
        #expect(export.status == 0)
        let cases = try RegressionFixture(contentsOf: fixture).cases
        #expect(cases.count > 3)

        let buggy = Replay.run(DemoPricing.rules, of: DemoPricing.quote, cases: cases)
        #expect(buggy.checked == cases.count)
        #expect(buggy.skipped.isEmpty)  // redacted card numbers decode as their placeholder
        #expect(buggy.failures.count == cases.count)
        #expect(buggy.failures.first?.message.contains("pricing.quote/exempt-pays-no-tax") == true)

        let fixed = Replay.run(DemoPricing.rules, of: Self.fixedQuote, cases: cases)
        #expect(fixed.passed(allowingSkipped: false))
        #expect(fixed.checked == cases.count)
    }

    /// The demo's function with the exemption check the right way round.
    private static func fixedQuote(_ cart: DemoPricing.Cart) -> DemoPricing.Quote {
        var quote = DemoPricing.quote(cart)
        if cart.taxExempt {
            quote.total -= quote.tax
            quote.tax = 0
        }
        return quote
    }

    @Test func badInputGetsOneClearLineAndExitCode2() throws {
        let journal = try TestJournal()
        try journal.append([TestJournal.record("tax-non-negative", id: 1)])
        let fixture = journal.file("f.jsonl").path
        let noRule = try CLIRunner.run("export", journal.path, "--to", fixture)
        #expect(noRule.status == 2)
        #expect(
            noRule.standardError == "invariants export: missing --rule <id>: name the rule whose inputs to export\n")
        let noDestination = try CLIRunner.run("export", journal.path, "--rule", "tax-non-negative")
        #expect(noDestination.status == 2)
        #expect(noDestination.standardError == "invariants export: missing --to <file>: name the fixture to write\n")
        let unknownRule = try CLIRunner.run("export", journal.path, "--rule", "tax-negative", "--to", fixture)
        #expect(unknownRule.status == 2)
        #expect(
            unknownRule.standardError
                == "invariants export: no record matches --rule tax-negative; rules in the journals: pricing.quote/tax-non-negative\n"
        )
        #expect(!FileManager.default.fileExists(atPath: fixture))
        let missing = try CLIRunner.run("export", "/nonexistent.jsonl", "--rule", "x", "--to", fixture)
        #expect(missing.status == 2)
        #expect(missing.standardError == "invariants export: no such journal file: /nonexistent.jsonl\n")
    }
}
