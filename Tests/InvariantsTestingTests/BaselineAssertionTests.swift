import Foundation
import InvariantsTesting
import Synchronization
import Testing

/// `expectMatchesBaseline`: passes on a match, one issue with the `-`/`+` diff on a change, re-records on purpose.
struct BaselineAssertionTests {
    struct Order: Codable, Sendable {
        var quantity: Int
        var unitCents: Int
    }

    struct Invoice: Codable, Sendable {
        var totalCents: Int
        var currency = "EUR"
    }

    static let orders = Gen.zip(Gen.int(in: 0...20), Gen.int(in: 0...10_000)).map {
        Order(quantity: $0, unitCents: $1)
    }

    static func invoice(_ order: Order) -> Invoice {
        Invoice(totalCents: order.quantity * order.unitCents)
    }

    /// The rewrite: a discount nobody asked for on large orders.
    static func rewrittenInvoice(_ order: Order) -> Invoice {
        var invoice = invoice(order)
        if order.quantity > 15 { invoice.totalCents -= 1 }
        return invoice
    }

    private let scratch = ScratchDirectory("baselines")

    private func baselineURL() -> URL {
        scratch.file("\(UUID().uuidString)/invoice.jsonl")
    }

    private func issues(_ body: () -> Void) -> [String] {
        let comments = Mutex<[String]>([])
        withKnownIssue {
            body()
        } matching: { issue in
            comments.withLock { $0.append(issue.comments.map(\.rawValue).joined()) }
            return true
        }
        return comments.withLock { $0 }
    }

    @Test func aFunctionThatStillBehavesTheSameMatches() throws {
        let url = baselineURL()
        let baseline = try Baseline.record(Self.invoice, over: Self.orders, count: 50, seed: 42, to: url)
        #expect(baseline.pairs.count == 50)
        // The same seed draws the same inputs: recording again gives the same file.
        let again = try Baseline.record(Self.invoice, over: Self.orders, count: 50, seed: 42, to: baselineURL())
        #expect(again.contentHash == baseline.contentHash)
        expectMatchesBaseline(Self.invoice, baseline: url, record: false)
    }

    @Test func aChangedFunctionGetsOneIssueListingEveryChangedPair() throws {
        let url = baselineURL()
        let baseline = try Baseline.record(Self.invoice, over: Self.orders, count: 50, seed: 42, to: url)
        let large = baseline.pairs.filter { ($0.input["quantity"]?.numberText).flatMap(Int.init) ?? 0 > 15 }
        #expect(!large.isEmpty)
        let recorded = issues { expectMatchesBaseline(Self.rewrittenInvoice, baseline: url, record: false) }
        #expect(recorded.count == 1)
        let message = try #require(recorded.first)
        #expect(
            message.hasPrefix("baseline invoice (\(url.path)) no longer matches:\n\(large.count) of 50 pairs changed"))
        #expect(message.contains("fields changed:\n  totalCents  \(large.count)"))
        let first = try #require(large.first)
        let total = try #require(first.output?["totalCents"]?.numberText.flatMap(Int.init))
        #expect(message.contains("  - totalCents: \(total)\n  + totalCents: \(total - 1)"))
        #expect(message.hasSuffix("If the change is intended, re-record with INVARIANTS_RECORD_BASELINES=1."))
    }

    @Test func reRecordingWritesTodaysOutputsAndSaysSoOnce() throws {
        let url = baselineURL()
        try Baseline.record(Self.invoice, over: Self.orders, count: 50, seed: 42, to: url)
        let recorded = issues { expectMatchesBaseline(Self.rewrittenInvoice, baseline: url, record: true) }
        #expect(recorded.count == 1)
        #expect(recorded.first?.hasPrefix("re-recorded baseline \(url.path) (50 pairs, sha256:") == true)
        #expect(recorded.first?.contains("Run again without INVARIANTS_RECORD_BASELINES") == true)
        expectMatchesBaseline(Self.rewrittenInvoice, baseline: url, record: false)
        #expect(issues { expectMatchesBaseline(Self.invoice, baseline: url, record: false) }.count == 1)
    }

    @Test func toleranceAcceptsSmallNumericChanges() throws {
        let url = baselineURL()
        try Baseline.record(Self.invoice, over: Self.orders, count: 50, seed: 42, to: url)
        expectMatchesBaseline(Self.rewrittenInvoice, baseline: url, tolerance: .absolute(1), record: false)
    }

    @Test func aMissingBaselineIsAnIssueNamingIt() {
        let url = baselineURL()
        let recorded = issues { expectMatchesBaseline(Self.invoice, baseline: url, record: false) }
        #expect(
            recorded == [
                "no baseline at \(url.path); record one with Baseline.record(_:inputs:to:) or "
                    + "Baseline.record(_:over:count:seed:to:)"
            ])
    }

    @Test func aFixtureOfCapturedInputsCanBePinned() throws {
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let fixture = scratch.file("fixture.jsonl")
        let cases = [
            RegressionCase(id: "a", input: .capture(Order(quantity: 2, unitCents: 150))),
            RegressionCase(id: "b", input: .capture(Order(quantity: 16, unitCents: 10))),
        ]
        let encoder = JSONEncoder()
        let text = try cases.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
        try text.write(to: fixture, atomically: true, encoding: .utf8)
        let url = baselineURL()
        let baseline = try Baseline.record(Self.invoice, replaying: fixture, to: url)
        #expect(baseline.pairs.map { $0.output?["totalCents"] } == [.number("300"), .number("160")])
        #expect(issues { expectMatchesBaseline(Self.rewrittenInvoice, baseline: url, record: false) }.count == 1)
    }
}
