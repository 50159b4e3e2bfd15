import Foundation
import Invariants
import InvariantsTesting
import Testing

/// The loop the review queue closes: a reviewer judges a passing call wrong, the item becomes a regression
/// case, and once a rule for it exists the case fails against the buggy function and passes the fixed one.
struct ReviewReplayTests {
    @Test func callsJudgedIncorrectReplayAsRegressionCases() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let queue = DirectoryReviewQueue(at: directory.appendingPathComponent("review"))
        let looseRules = InvariantSet<ReplayTests.Order, ReplayTests.Charge>("billing.charge") {
            Invariant("total-non-negative") { _, charge in charge.totalCents >= 0 }
        }
        let monitor = InvariantMonitor(sinks: [], review: ReviewRouting(queue: queue, routes: [.every(.all)]))
        let charge = monitor.guarded(looseRules) { ReplayTests.buggy($0) }
        for quantity in 1...4 { _ = charge(ReplayTests.Order(cents: 250, quantity: quantity)) }
        #expect(await monitor.shutdown())

        let items = try queue.contents().items
        try #require(items.count == 4)
        #expect(items.allSatisfy { $0.outcome.hasPassed })
        for item in items {
            let order = try item.input.decode(ReplayTests.Order.self, allowingRedactions: true)
            let label: ReviewVerdict.Label = order.quantity > 2 ? .incorrect : .correct
            try queue.record(ReviewVerdict(itemID: item.id, reviewer: "ann", label: label, comment: "charged once"))
        }
        let contents = try queue.contents()
        #expect(contents.stats.sets["billing.charge"]?.missRate == 0.5)

        let cases = contents.regressionCases
        #expect(cases.count == 2)
        #expect(cases.allSatisfy { $0.invariantID == nil && $0.input.redactedPaths == ["apiToken"] })
        let encoder = JSONEncoder()
        let lines = try cases.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let fixtureURL = directory.appendingPathComponent("reviewed.jsonl")
        try lines.joined(separator: "\n").appending("\n").write(to: fixtureURL, atomically: true, encoding: .utf8)

        let fixture = try RegressionFixture(contentsOf: fixtureURL)
        #expect(fixture.cases == cases)
        let broken = Replay.run(ReplayTests.rules, of: ReplayTests.buggy, cases: fixture.cases)
        #expect(broken.checked == 2)
        #expect(broken.failures.map(\.id) == cases.map(\.id))
        let repaired = Replay.run(ReplayTests.rules, of: ReplayTests.fixed, cases: fixture.cases)
        #expect(repaired.checked == 2)
        #expect(repaired.failures.isEmpty)
        await expectInvariants(ReplayTests.rules, of: ReplayTests.fixed, replaying: fixtureURL)
    }
}
