import Foundation
import Invariants
import Testing

/// The code of Docs/JournalSchema.md, run on a journal a monitor wrote.
struct JournalSchemaGuideTests {
    struct Cart: Codable, Sendable { var taxExempt: Bool }
    struct Quote: Codable, Sendable { var tax: Decimal }

    @Test func readingAJournalGivesEveryRecordBack() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let journalURL = directory.appendingPathComponent("violations.jsonl")
        let monitor = InvariantMonitor(sinks: [.journal(at: journalURL)], ruleHealth: false)
        let rules = InvariantSet<Cart, Quote>("pricing.quote") {
            When({ cart, _ in cart.taxExempt }) { Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 } }
        }
        let quote = monitor.guarded(rules) { _ in Quote(tax: 4) }
        for index in 0..<2 {
            _ = withInvariantContext(requestID: "req-\(index)") { quote(Cart(taxExempt: true)) }
        }
        #expect(await monitor.shutdown())

        let reader = try JournalReader(journalAt: journalURL)  // rotated files too
        for record in try reader.records() {
            print(record.invariantID, record.context.requestID ?? "-", record.adjustedCount)
        }
        #expect(try reader.records().map { $0.context.requestID ?? "-" } == ["req-0", "req-1"])
    }
}
