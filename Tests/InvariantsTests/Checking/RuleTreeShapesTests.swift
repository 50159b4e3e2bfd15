import Testing

@testable import Invariants

/// Large and nested rule trees through a guard: every rule reads the output in place, exactly the failing rules
/// are reported, and the caller gets the function's output unchanged. (The same trees are compiled with the
/// optimiser in the Benchmarks package: `trivialRules30` and `nestedPricingRules`.)
struct RuleTreeShapesTests {
    struct Report: Sendable, Equatable {
        var total: Int
        var currency: String
        var lines: [Int]
    }

    /// Thirty rules in one static tree; rule `limit-N` fails when the total is above N.
    static let thirty = InvariantSet<Int, Report>("thirty") {
        Expect(\.total, "limit-0") { $0 <= 0 }
        Expect(\.total, "limit-1") { $0 <= 1 }
        Expect(\.total, "limit-2") { $0 <= 2 }
        Expect(\.total, "limit-3") { $0 <= 3 }
        Expect(\.total, "limit-4") { $0 <= 4 }
        Expect(\.total, "limit-5") { $0 <= 5 }
        Expect(\.total, "limit-6") { $0 <= 6 }
        Expect(\.total, "limit-7") { $0 <= 7 }
        Expect(\.total, "limit-8") { $0 <= 8 }
        Expect(\.total, "limit-9") { $0 <= 9 }
        Invariant("limit-10") { _, report in report.total <= 10 }
        Invariant("limit-11") { _, report in report.total <= 11 }
        Invariant("limit-12") { _, report in report.total <= 12 }
        Invariant("limit-13") { _, report in report.total <= 13 }
        Invariant("limit-14") { _, report in report.total <= 14 }
        Invariant("limit-15") { _, report in report.total <= 15 }
        Invariant("limit-16") { _, report in report.total <= 16 }
        Invariant("limit-17") { _, report in report.total <= 17 }
        Invariant("limit-18") { _, report in report.total <= 18 }
        Invariant("limit-19") { _, report in report.total <= 19 }
        Invariant("limit-20") { _, report in report.total <= 20 }
        Invariant("limit-21") { _, report in report.total <= 21 }
        Invariant("limit-22") { _, report in report.total <= 22 }
        Invariant("limit-23") { _, report in report.total <= 23 }
        Invariant("limit-24") { _, report in report.total <= 24 }
        Invariant("limit-25") { _, report in report.total <= 25 }
        Invariant("limit-26") { _, report in report.total <= 26 }
        Invariant("limit-27") { _, report in report.total <= 27 }
        Invariant("limit-28") { _, report in report.total <= 28 }
        Invariant("limit-29") { _, report in report.total <= 29 }
    }

    static let inner = InvariantSet<Int, Report>("inner") {
        Expect(\.currency, "currency-set") { !$0.isEmpty }
    }

    /// Every kind of node: nested `When`s, `ForEach`, `AnyOf` with an `AllOf`, `Not`, a nested set.
    static let nested = InvariantSet<Int, Report>("nested") {
        inner
        When({ input, _ in input > 0 }) {
            ForEach(\.lines, "lines-positive") { $0 > 0 }
            When({ input, _ in input > 10 }) {
                Invariant("total-matches") { input, report in report.total == input }
            }
        }
        AnyOf("small-or-euro") {
            Expect(\.total, "small") { $0 < 100 }
            AllOf {
                Expect(\.currency, "euro") { $0 == "EUR" }
                Invariant("has-lines") { _, report in !report.lines.isEmpty }
            }
        }
        Not("no-negative-total") {
            Expect(\.total, "negative-total") { $0 < 0 }
        }
    }

    static func report(_ total: Int) -> Report {
        Report(total: total, currency: total == 500 ? "" : "EUR", lines: total == 20 ? [5, -1] : [total])
    }

    @Test(arguments: [0, 1, 5, 17, 29, 30])
    func aThirtyRuleTreeReportsExactlyTheRulesItBreaks(total: Int) async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let guarded = monitor.guard(Self.thirty)
        let expected = Self.report(total)
        let returned = guarded(total) { Self.report($0) }
        #expect(returned == expected)
        #expect(await monitor.flush())
        let failed = Set(sink.records.map(\.invariantID))
        #expect(failed == Set((0..<min(total, 30)).map { "thirty/limit-\($0)" }))
        #expect(monitor.ruleHealth.map(\.evaluated) == Array(repeating: 1, count: 30))
        await monitor.shutdown()
    }

    @Test func aNestedTreeReportsExactlyTheRulesItBreaks() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let guarded = monitor.guard(Self.nested)
        // 20: one negative line; 11 reported as 12: total-matches; 500: no currency, too big and not in euros.
        let outputs = [(5, Self.report(5)), (20, Self.report(20)), (11, Self.report(12)), (500, Self.report(500))]
        for (input, output) in outputs {
            #expect(guarded(input) { _ in output } == output)
        }
        #expect(await monitor.flush())
        #expect(
            sink.records.map(\.invariantID).sorted() == [
                "inner/currency-set", "nested/lines-positive", "nested/small-or-euro", "nested/total-matches",
            ])
        let evaluated = Dictionary(uniqueKeysWithValues: monitor.ruleHealth.map { ($0.rule.ruleID, $0.evaluated) })
        #expect(evaluated["lines-positive"] == 4)
        #expect(evaluated["total-matches"] == 3)
        #expect(evaluated["currency-set"] == 4)
        #expect(evaluated["small-or-euro"] == 4)
        await monitor.shutdown()
    }
}
