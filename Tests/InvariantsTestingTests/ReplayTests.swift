import Foundation
import InvariantsTesting
import Testing

struct ReplayTests {
    struct Order: Codable, Sendable, Hashable {
        var cents: Int
        var quantity: Int
        var apiToken = "sk_live_SECRET"
    }

    struct Charge: Codable, Sendable, Hashable {
        var totalCents: Int
    }

    static let rules = InvariantSet<Order, Charge>("billing.charge") {
        Invariant("total-is-price-times-quantity") { order, charge in charge.totalCents == order.cents * order.quantity
        }
    }

    static func buggy(_ order: Order) -> Charge {
        Charge(totalCents: order.quantity > 2 ? order.cents : order.cents * order.quantity)
    }
    static func fixed(_ order: Order) -> Charge { Charge(totalCents: order.cents * order.quantity) }

    /// A journal written the way the journal sink writes one: one encoded record per line.
    static func capturedJournal(extraLines: [String] = []) async throws -> URL {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory])
        let charge = monitor.guarded(rules) { buggy($0) }
        for quantity in 1...4 { _ = charge(Order(cents: 250, quantity: quantity)) }
        await monitor.shutdown()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines = try memory.records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        lines += extraLines
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").appending("\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func capturedViolationsFailAgainUntilTheFunctionIsFixed() async throws {
        let url = try await Self.capturedJournal()
        defer { try? FileManager.default.removeItem(at: url) }
        let fixture = try RegressionFixture(contentsOf: url)
        #expect(fixture.cases.count == 2)
        #expect(fixture.cases.allSatisfy { $0.input.redactedPaths == ["apiToken"] })

        let broken = Replay.run(Self.rules, of: Self.buggy, cases: fixture.cases)
        #expect(broken.checked == 2)
        #expect(broken.failures.map(\.id) == fixture.cases.map(\.id))
        #expect(
            broken.failures.first?.message == "✗ billing.charge/total-is-price-times-quantity [error]: does not hold")

        let repaired = Replay.run(Self.rules, of: Self.fixed, cases: fixture.cases)
        #expect(repaired.checked == 2)
        #expect(repaired.failures.isEmpty)
        await expectInvariants(Self.rules, of: Self.fixed, replaying: url)
        await withKnownIssue {
            await expectInvariants(Self.rules, of: Self.buggy, replaying: url)
        }
    }

    @Test func aCaseThatCannotBeDecodedIsReportedByIdNotPassed() async throws {
        let textOnly = #"{"id":"case-text","input":{"text":"Order(cents: 1)","byteCount":15}}"#
        let url = try await Self.capturedJournal(extraLines: [textOnly])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Replay.run(Self.rules, of: Self.fixed, cases: try RegressionFixture(contentsOf: url).cases)
        #expect(result.checked == 2)
        #expect(result.skipped.map(\.id) == ["case-text"])
        #expect(result.description.contains("⚠︎ case case-text skipped: its input does not decode"))
        await withKnownIssue {
            await expectInvariants(Self.rules, of: Self.fixed, replaying: url)
        }
        await expectInvariants(Self.rules, of: Self.fixed, replaying: url, allowSkipped: true)
    }

    @Test func aBrokenFixtureLineNamesTheFileAndLine() async throws {
        let url = try await Self.capturedJournal(extraLines: [#"{"id":"no-input"}"#])
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try RegressionFixture(contentsOf: url)
            Issue.record("a line without input was accepted")
        } catch let error as RegressionFixture.LineError {
            #expect(error.line == 3)
            #expect(
                error.description == "\(url.path):3: not a regression case or violation record (missing field 'input')")
        }
    }
}

struct ReplayScopeTests {
    @Test func anEmptyFixtureProvesNothingAndFails() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).jsonl")
        try "".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Replay.run(
            ReplayTests.rules, of: ReplayTests.fixed, cases: try RegressionFixture(contentsOf: url).cases)
        #expect(!result.passed(allowingSkipped: true))
        #expect(result.description.contains("no case was checked"))
        await withKnownIssue {
            await expectInvariants(ReplayTests.rules, of: ReplayTests.fixed, replaying: url, allowSkipped: true)
        }
    }

    @Test func casesOfOtherSetsAreIgnoredAndCasesOfRemovedRulesSkipped() throws {
        let input = Snapshot.capture(ReplayTests.Order(cents: 1, quantity: 1))
        let cases = [
            RegressionCase(id: "mine", invariantID: "billing.charge/total-is-price-times-quantity", input: input),
            RegressionCase(id: "auth", invariantID: "auth.decision/no-suspended-grant", input: input),
            RegressionCase(id: "stale", invariantID: "billing.charge/removed-rule", input: input),
        ]
        let result = Replay.run(ReplayTests.rules, of: ReplayTests.fixed, cases: cases)
        #expect(result.checked == 1)
        #expect(result.otherSets == 1)
        #expect(result.skipped.map(\.id) == ["stale"])
        #expect(result.skipped.first?.reason == "rule billing.charge/removed-rule is no longer in set billing.charge")
    }
}
