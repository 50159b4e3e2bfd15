import Invariants
import Testing

struct JournalSettingsTests {
    @Test func defaultsTo64MiBFilesAndFiveRotatedOnes() {
        #expect(JournalRotation.default == JournalRotation(maxBytes: 67_108_864, maxFiles: 5))
        #expect(JournalRotation.default.description == "maxBytes 67108864, maxFiles 5")
    }

    @Test func clampsRotationToAtLeastOneByteAndNoRotatedFile() {
        #expect(JournalRotation(maxBytes: 0, maxFiles: -3) == JournalRotation(maxBytes: 1, maxFiles: 0))
    }

    @Test func describesDurabilities() {
        let durabilities: [JournalDurability] = [.none, .batch, .interval(.seconds(2)), .everyRecord]
        #expect(durabilities.map(\.description) == ["none", "batch", "interval(2.0 seconds)", "everyRecord"])
    }

    @Test func describesAnErrorWithOrWithoutErrno() {
        let system = JournalError(operation: "open", path: "/x/violations.jsonl", code: 13, reason: "Permission denied")
        let other = JournalError(operation: "write to", path: "/x/violations.jsonl", reason: "the journal is closed")
        #expect(system.description == "journal: cannot open /x/violations.jsonl: Permission denied (errno 13)")
        #expect(other.description == "journal: cannot write to /x/violations.jsonl: the journal is closed")
    }
}
