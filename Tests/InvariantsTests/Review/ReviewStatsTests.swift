import Foundation
import Invariants
import Testing

struct ReviewStatsTests {
    private let tax = "pricing.quote/tax-non-negative"
    private let total = "pricing.quote/total-covers-lines"

    private func judged(_ id: String, failing: [String] = [], _ labels: ReviewVerdict.Label...) -> ReviewItem {
        var item = ReviewFixtures.item(id, failing: failing)
        for (index, label) in labels.enumerated() {
            item = item.recording(ReviewFixtures.verdict(id, "reviewer-\(index)", label))
        }
        return item
    }

    @Test func precisionCountsCorrectOnAViolationAsAFalseAlarm() throws {
        let stats = ReviewStats(items: [
            judged("f1", failing: [tax], .incorrect),
            judged("f2", failing: [tax], .incorrect),
            judged("f3", failing: [tax], .incorrect),
            judged("f4", failing: [tax, total], .correct),
        ])
        let taxCounts = try #require(stats.rules[tax])
        #expect(taxCounts.judgedViolations == 4)
        #expect(taxCounts.confirmedViolations == 3)
        #expect(taxCounts.falseAlarms == 1)
        #expect(taxCounts.precision == 0.75)
        #expect(taxCounts.missRate == nil)
        #expect(stats.rules[total]?.precision == 0)
        #expect(stats.sets["pricing.quote"]?.judgedViolations == 4)  // a call counts once for its set
        #expect(stats.overall.precision == 0.75)
    }

    @Test func missRateCountsIncorrectOnAPassingCallForEveryCheckedRule() throws {
        var items = (0..<9).map { judged("p\($0)", .correct) }
        items.append(judged("p9", .incorrect))
        items.append(ReviewFixtures.item("unjudged"))
        let stats = ReviewStats(items: items)
        #expect(stats.rules[tax]?.missRate == 0.1)
        #expect(stats.rules[total]?.missRate == 0.1)
        #expect(stats.rules[tax]?.judgedPasses == 10)
        #expect(stats.sets["pricing.quote"]?.missedBugs == 1)
        #expect(stats.overall.precision == nil)
    }

    @Test func unsureAndSplitVerdictsAreUndecidedAndLeftOutOfTheRatios() {
        let stats = ReviewStats(items: [
            judged("u1", failing: [tax], .unsure),
            judged("u2", .correct, .incorrect),
            judged("u3", .correct, .incorrect, .incorrect, .unsure),
        ])
        #expect(stats.overall.undecided == 2)
        #expect(stats.overall.judgedViolations == 0)
        #expect(stats.overall.judgedPasses == 1)
        #expect(stats.overall.missRate == 1)
    }

    @Test func aCallWhereOnlyRulesThrewCountsForNoRule() {
        var item = ReviewFixtures.item("e1").recording(ReviewFixtures.verdict("e1", "ann", .incorrect))
        item.outcome.violations = [
            ReviewOutcome.Violation(invariantID: tax, severity: .error, message: "threw", isRuleError: true)
        ]
        let stats = ReviewStats(items: [item])
        #expect(stats.rules.isEmpty)
        #expect(stats.overall == ReviewStats.Counts())
    }
}
