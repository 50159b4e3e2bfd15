import Foundation
import Testing

@testable import Invariants

/// A journal shipper ships whatever its journal holds, which can be more than its monitor told it of (a
/// second monitor writing the same journal): its `pending` never goes below zero.
struct ShipperPendingTests {
    @Test func linesAnotherWriterAddedDoNotMakePendingNegative() throws {
        let scratch = try ScratchDirectory()
        let journal = try JournalSink(opening: scratch.journal)
        let endpoint = MemorySink()
        let user = JournalHolds.User()
        let shipper = try #require(
            journal.holds.shipper(named: "endpoint", destination: "memory", for: user) {
                JournalShipper(sink: endpoint, name: "endpoint", journal: journal, describe: { "\($0)" })
            })
        // Five lines in one append (the shipper reads between appends, never within one): three are another
        // monitor's, two are this monitor's, which tells the shipper of its own two only.
        try journal.record((1...5).map { JournalFixtures.record($0) })
        shipper.nudge(2)
        #expect(shipper.waitUntilShipped(until: .now + .seconds(30)))
        #expect(endpoint.records.count == 5)
        let health = shipper.currentHealth
        #expect(health.produced == 2)
        #expect(health.delivered == 5)
        #expect(health.pending == 0)
        #expect(shipper.stop(for: user, until: .now + .seconds(5)))
        try journal.close()
    }
}
