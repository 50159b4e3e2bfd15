import Foundation
import Invariants
import InvariantsPostgres
import Testing

/// The PostgreSQL queue against a real server: the directory queue's semantics, claims, spill.
@Suite(.enabled(if: TemporaryPostgres.available, TemporaryPostgres.skipReason))
struct PostgresReviewQueueTests {
    static func item(_ number: Int, failed: Bool, queue: String = "review", request: String? = nil) -> ReviewItem {
        let violations =
            failed
            ? [
                ReviewOutcome.Violation(
                    invariantID: "pricing.quote/tax", severity: .error, message: "tax \(number) is off")
            ] : []
        return ReviewItem(
            queue: queue, setID: "pricing.quote", input: .capture(["cart": number]),
            output: .capture(["total": number]),
            outcome: ReviewOutcome(checkedRules: ["pricing.quote/tax", "pricing.quote/total"], violations: violations),
            origin: .generated(by: "model-x"), context: InvariantContext(requestID: request ?? "req-\(number)"))
    }

    @Test func migratingTwiceKeepsVersionOne() async throws {
        try await TemporaryPostgres.withQueue { queue in
            try await queue.migrate()
            #expect(ReviewSchema.currentVersion == 1)
            #expect(try await queue.count() == 0)
        }
    }

    @Test func contentsAndStatsMatchTheDirectoryQueue() async throws {
        let directory = DirectoryReviewQueue(
            at: FileManager.default.temporaryDirectory.appending(path: "pg-compare-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let items = (0..<6).map { Self.item($0, failed: $0 % 2 == 0) }
        let verdicts = [
            ReviewVerdict(itemID: items[0].id, reviewer: "ann", label: .correct),
            ReviewVerdict(itemID: items[0].id, reviewer: "ann", label: .incorrect, comment: "changed my mind"),
            ReviewVerdict(itemID: items[1].id, reviewer: "bob", label: .incorrect),
            ReviewVerdict(itemID: items[2].id, reviewer: "ann", label: .unsure),
            ReviewVerdict(itemID: items[3].id, reviewer: "ann", label: .correct),
            ReviewVerdict(itemID: items[3].id, reviewer: "bob", label: .incorrect),
            ReviewVerdict(itemID: items[4].id, reviewer: "bob", label: .correct),
        ]
        try directory.append(items)
        for verdict in verdicts { try directory.record(verdict) }
        let expected = try directory.contents()

        let stored = try await TemporaryPostgres.withQueue { queue in
            try await queue.insert(items)
            for verdict in verdicts { try await queue.save(verdict) }
            return try await queue.load()
        }
        #expect(stored.items == expected.items)
        #expect(stored.stats == expected.stats)
        #expect(stored.pending.map(\.id) == expected.pending.map(\.id))
        #expect(stored.items[0].verdicts.map(\.label) == [.incorrect])
        #expect(stored.regressionCases.map(\.id) == expected.regressionCases.map(\.id))
    }

    @Test func aVerdictOnAnUnknownItemNamesIt() async throws {
        let error = try await TemporaryPostgres.withQueue { queue in
            do {
                try await queue.save(ReviewVerdict(itemID: "nope", reviewer: "ann", label: .correct))
                return nil as ReviewQueueError?
            } catch let error as ReviewQueueError {
                return error
            }
        }
        guard case .unknownItem("nope", _) = error else {
            Issue.record("expected unknownItem, got \(String(describing: error))")
            return
        }
    }

    @Test func insertingTheSameItemTwiceStoresItOnce() async throws {
        let item = Self.item(1, failed: true)
        let count = try await TemporaryPostgres.withQueue { queue in
            try await queue.insert([item])
            try await queue.insert([item, Self.item(2, failed: false)])
            return try await queue.count()
        }
        #expect(count == 2)
    }

    @Test func queuesShareTheTablesButNotTheirItems() async throws {
        let (pricing, other) = try await TemporaryPostgres.withQueue(name: "pricing") { queue in
            try await queue.insert([
                Self.item(1, failed: true, queue: "pricing"), Self.item(2, failed: true, queue: "auth"),
            ])
            return (try await queue.load().items.count, try await queue.count())
        }
        #expect(pricing == 1)
        #expect(other == 1)
    }

    @Test func twoReviewersClaimingAtOnceNeverGetTheSameItem() async throws {
        let items = (0..<30).map { Self.item($0, failed: true) }
        let (claims, pendingAfter) = try await TemporaryPostgres.withQueue { queue in
            try await queue.insert(items)
            let claims = try await withThrowingTaskGroup(of: [(String, String)].self) { group in
                for reviewer in ["ann", "bob", "cy"] {
                    group.addTask {
                        var mine: [(String, String)] = []
                        while let item = try await queue.claimNext(reviewer: reviewer) {
                            mine.append((reviewer, item.id))
                            try await queue.save(ReviewVerdict(itemID: item.id, reviewer: reviewer, label: .incorrect))
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            return (claims, try await queue.load().pending.count)
        }
        #expect(claims.count == 30)
        #expect(Set(claims.map(\.1)).count == 30)
        #expect(pendingAfter == 0)
    }

    @Test func aClaimedItemIsNotHandedOutAgainUntilItsLeaseEnds() async throws {
        let (first, second, afterLease) = try await TemporaryPostgres.withQueue { queue in
            try await queue.insert([Self.item(1, failed: true)])
            let first = try await queue.claimNext(reviewer: "ann", lease: .seconds(1))
            let second = try await queue.claimNext(reviewer: "bob")
            try await Task.sleep(for: .milliseconds(1_200))
            let afterLease = try await queue.claimNext(reviewer: "bob")
            return (first?.id, second?.id, afterLease?.id)
        }
        #expect(first != nil)
        #expect(second == nil)
        #expect(afterLease == first)
    }

    @Test func theJSONColumnHoldsTheWholeItem() async throws {
        let item = Self.item(7, failed: true)
        let stored = try await TemporaryPostgres.withQueue { queue in
            try await queue.insert([item])
            return try await queue.load().items.first
        }
        let expected = String(decoding: try JSONEncoder().encode(item), as: UTF8.self)
        #expect(stored == item)
        #expect(expected.contains("\"callSite\""))
    }
}
