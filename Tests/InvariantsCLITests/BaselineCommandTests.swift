import Foundation
import Invariants
import Testing

/// `invariants baseline diff` on files written by `Baseline.record`.
struct BaselineCommandTests {
    struct Cart: Codable, Sendable {
        var cents: [Int]
        var exempt: Bool
    }

    struct Quote: Codable, Sendable {
        var total: Int
        var tax: Int
    }

    static let carts = (0..<10).map { Cart(cents: [100 * $0, 250], exempt: $0 % 3 == 0) }

    static func quote(_ cart: Cart) -> Quote {
        let subtotal = cart.cents.reduce(0, +)
        let tax = cart.exempt ? 0 : subtotal / 5
        return Quote(total: subtotal + tax, tax: tax)
    }

    /// The rewrite charges exempt carts one cent of tax.
    static func rewrittenQuote(_ cart: Cart) -> Quote {
        var quote = quote(cart)
        if cart.exempt {
            quote.tax += 1
            quote.total += 1
        }
        return quote
    }

    private let scratch = ScratchDirectory("baseline-cli")

    private func directory() -> URL {
        scratch.file(UUID().uuidString)
    }

    @Test func identicalBaselinesExitZero() throws {
        let folder = directory()
        let old = folder.appendingPathComponent("old.jsonl")
        let new = folder.appendingPathComponent("new.jsonl")
        try Baseline.record(Self.quote, inputs: Self.carts, to: old)
        try Baseline.record(Self.quote, inputs: Self.carts.reversed(), to: new)
        let result = try CLIRunner.run("baseline", "diff", old.path, new.path)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("identical: 10 pairs give the same results (numbers compared exact)"))
        #expect(result.standardError.isEmpty)
    }

    @Test func changedAddedAndRemovedPairsAreCountedWithFieldsAndExamples() throws {
        let folder = directory()
        let old = folder.appendingPathComponent("old.jsonl")
        let new = folder.appendingPathComponent("new.jsonl")
        try Baseline.record(Self.quote, inputs: Self.carts.dropLast(), to: old)
        try Baseline.record(Self.rewrittenQuote, inputs: Self.carts.dropFirst(), to: new)
        let result = try CLIRunner.run("baseline", "diff", old.path, new.path, "--examples", "1")
        #expect(result.status == 1)
        let expected = """
            \(old.path) (9 pairs) → \(new.path) (9 pairs)
            2 of 9 pairs changed, 1 added, 1 removed, 6 unchanged (numbers compared exact)
            fields changed:
              tax    2
              total  2
            pair 2, input {"cents":[300,250],"exempt":true}
              - tax: 0
              + tax: 1
              - total: 550
              + total: 551
            … and 1 more changed pairs
            added pair 8, input {"cents":[900,250],"exempt":true}
            removed pair 0, input {"cents":[0,250],"exempt":true}

            """
        #expect(result.standardOutput == expected)
    }

    @Test func jsonOutputAndToleranceOptions() throws {
        let folder = directory()
        let old = folder.appendingPathComponent("old.jsonl")
        let new = folder.appendingPathComponent("new.jsonl")
        try Baseline.record(Self.quote, inputs: Self.carts, to: old)
        try Baseline.record(Self.rewrittenQuote, inputs: Self.carts, to: new)
        let json = try CLIRunner.run("baseline", "diff", old.path, new.path, "--json", "--examples", "1")
        #expect(json.status == 1)
        let report = try JSONValue(parsing: json.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(report["changed"] == .number("4") && report["unchanged"] == .number("6"))
        #expect(report["fields"] == [["count": 4, "field": "tax"], ["count": 4, "field": "total"]])
        #expect(report["examples"]?[0]?["differences"]?[0] == ["new": 1, "old": 0, "path": "tax"])
        let tolerant = try CLIRunner.run("baseline", "diff", old.path, new.path, "--tolerance", "1")
        #expect(tolerant.status == 0)
        #expect(tolerant.standardOutput.contains("numbers compared ±1"))
        // 0 → 1 is a 100 % change: a relative tolerance of 0.1 % still reports it.
        let relative = try CLIRunner.run("baseline", "diff", old.path, new.path, "--tolerance", "0.1%")
        #expect(relative.status == 1)
        #expect(
            relative.standardOutput.contains(
                "4 of 10 pairs changed, 0 added, 0 removed, 6 unchanged (numbers compared ±0.1 %)"))
    }

    @Test func badInputExitsTwoNamingTheFileAndLine() throws {
        let folder = directory()
        let old = folder.appendingPathComponent("old.jsonl")
        try Baseline.record(Self.quote, inputs: Self.carts, to: old)
        var lines = try String(contentsOf: old, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[3] = String(lines[3].dropLast(5))
        let corrupt = folder.appendingPathComponent("corrupt.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: corrupt, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run("baseline", "diff", old.path, corrupt.path)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("invariants baseline: \(corrupt.path):4: not valid JSON"))

        let missing = try CLIRunner.run("baseline", "diff", old.path, folder.appendingPathComponent("nope.jsonl").path)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nope.jsonl: cannot read the baseline"))

        let usage = try CLIRunner.run("baseline", "diff", old.path)
        #expect(usage.status == 2)
        #expect(usage.standardError == "invariants baseline: diff expects two baseline files, OLD and NEW; got 1\n")
        let tolerance = try CLIRunner.run("baseline", "diff", old.path, old.path, "--tolerance", "-1")
        #expect(tolerance.status == 2)
        #expect(tolerance.standardError.contains("--tolerance expects a number ≥ 0"))
        let action = try CLIRunner.run("baseline", "merge")
        #expect(action.standardError == "invariants baseline: unknown action 'merge'; expected 'diff'\n")
    }
}
