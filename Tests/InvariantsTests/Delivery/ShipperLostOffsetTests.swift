import Foundation
import Testing

@testable import Invariants

/// A saved offset whose journal file is gone: the shipper ships from the oldest file on and says so.
struct ShipperLostOffsetTests {
    @Test func anOffsetIntoAGoneFileShipsFromTheOldestFileAndSaysSo() throws {
        let scratch = try ScratchDirectory()
        let journal = try JournalSink(opening: scratch.journal)
        try journal.record((1...3).map { JournalFixtures.record($0) })
        let offsetPath = scratch.path("violations.jsonl.endpoint.offset")
        try JournalCursor(inode: 987_654_321, offset: 10).save(to: offsetPath)
        let endpoint = MemorySink()
        let user = JournalHolds.User()
        let shipper = try #require(
            journal.holds.shipper(named: "endpoint", destination: "memory", for: user) {
                JournalShipper(sink: endpoint, name: "endpoint", journal: journal, describe: { "\($0)" })
            })
        shipper.nudge(3)
        #expect(shipper.waitUntilShipped(until: .now + .seconds(30)))
        #expect(endpoint.records.map(\.eventID) == (1...3).map { JournalFixtures.record($0).eventID })
        #expect(shipper.currentHealth.lastError?.contains("violations.jsonl.endpoint.offset is gone") == true)
        // The offset points into the journal again.
        let inode = try #require(JournalSystem.identity(scratch.path("violations.jsonl"))?.inode)
        #expect(try JournalCursor.load(from: offsetPath)?.inode == inode)
        #expect(shipper.stop(for: user, until: .now + .seconds(5)))
        try journal.close()
    }
}
