import Foundation
import Invariants
import Testing

struct ReviewCorrectionTests {
    let output: JSONValue = [
        "tax": .number("0"), "total": .number("60.00"),
        "lines": [["sku": "pen", "price": .number("9.99")]],
    ]

    @Test func fieldCorrectionsReadPathsAndJSONValues() throws {
        let correction = try ReviewCorrection(assignments: [
            "tax = 4.80", "lines[0].price=10", "lines.0.sku = pen", "currency = EUR",
        ])
        #expect(correction.fields.map(\.path) == ["tax", "lines[0].price", "lines.0.sku", "currency"])
        #expect(correction.fields.map(\.value) == [.number("4.80"), .number("10"), .string("pen"), .string("EUR")])
        let differences = correction.differences(from: output).map(\.description)
        #expect(differences == ["tax: 4.80 → 0", "lines[0].price: 10 → 9.99", "currency: \"EUR\" → (absent)"])
        #expect(
            try ReviewCorrection(assignments: ["total = 60"]).differences(from: output).isEmpty,
            "numbers compare by value")
        #expect(
            try ReviewCorrection(assignments: ["total = 60.004"])
                .differences(from: output, tolerance: .absolute(0.005)).isEmpty)
    }

    @Test func badAssignmentsNameTheirText() {
        #expect(throws: ReviewCorrectionError.missingEquals("tax 4.80")) {
            try ReviewCorrection(assignments: ["tax 4.80"])
        }
        #expect(throws: ReviewCorrectionError.badPath("lines[x]")) {
            try ReviewCorrection(assignments: ["lines[x] = 1"])
        }
        #expect(throws: ReviewCorrectionError.badPath("a..b")) { try ReviewCorrection(assignments: ["a..b = 1"]) }
        #expect(
            ReviewCorrectionError.missingEquals("tax 4.80").description
                == "correction 'tax 4.80': expected PATH = VALUE, such as tax = 4.80")
    }

    @Test func aVerdictWithItsCorrectionRoundTripsAsJSON() throws {
        let verdict = ReviewVerdict(
            itemID: "3f2a", reviewer: "ann", label: .incorrect, comment: "no tax",
            correction: ReviewCorrection(
                expected: ["tax": .number("4.8")], fields: [.init(path: "tax", value: .number("4.8"))]),
            time: Date(timeIntervalSince1970: 1_800_000_000))
        let data = try JSONEncoder().encode(verdict)
        #expect(String(decoding: data, as: UTF8.self).contains(#""correction":{"#))
        #expect(try JSONDecoder().decode(ReviewVerdict.self, from: data) == verdict)
        let old = #"{"itemID":"3f2a","reviewer":"ann","label":"correct","time":"2026-01-05T10:00:00.000Z"}"#
        #expect(try JSONDecoder().decode(ReviewVerdict.self, from: Data(old.utf8)).correction == nil)
        #expect(
            ReviewVerdict(itemID: "3f2a", reviewer: "ann", label: .incorrect, correction: .init()).correction == nil)
    }

    @Test func verdictWordsReadRightForTheCall() throws {
        #expect(try ReviewVerdict.Label.parse(word: "missed", onPassingCall: true).label == .incorrect)
        #expect(try ReviewVerdict.Label.parse(word: "OK", onPassingCall: true).label == .correct)
        #expect(try ReviewVerdict.Label.parse(word: "confirmed", onPassingCall: false).label == .incorrect)
        #expect(try ReviewVerdict.Label.parse(word: "false-alarm", onPassingCall: false).label == .correct)
        #expect(try ReviewVerdict.Label.parse(word: "unsure", onPassingCall: false) == (.unsure, nil))
        let old = try ReviewVerdict.Label.parse(word: "correct", onPassingCall: false)
        #expect(old.label == .correct)
        #expect(old.note == "'correct' on a violation means false-alarm; say false-alarm (the old word keeps working)")
        #expect(throws: ReviewVerdictWordError.self) { try ReviewVerdict.Label.parse(word: "ok", onPassingCall: false) }
        #expect(throws: ReviewVerdictWordError.unknown("wrong", ["ok", "missed", "unsure"])) {
            try ReviewVerdict.Label.parse(word: "wrong", onPassingCall: true)
        }
    }

    @Test func severalVerdictsAreRecordedInOneWriteOrNotAtAll() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let queue = DirectoryReviewQueue(at: directory)
        let items = (0..<3).map { _ in
            ReviewItem(
                queue: queue.name, setID: "pricing.quote", input: .capture(1), output: .capture(2),
                outcome: ReviewOutcome(checkedRules: ["pricing.quote/tax"]))
        }
        try queue.append(items)
        let unknown = ReviewVerdict(itemID: "nope", reviewer: "ann", label: .correct)
        #expect(throws: ReviewQueueError.unknownItem("nope", queue: directory.path(percentEncoded: false))) {
            try queue.record([ReviewVerdict(itemID: items[0].id, reviewer: "ann", label: .correct), unknown])
        }
        #expect(!FileManager.default.fileExists(atPath: queue.verdictsURL.path))
        try queue.record(items.map { ReviewVerdict(itemID: $0.id, reviewer: "ann", label: .incorrect) })
        let contents = try queue.contents()
        #expect(contents.items.allSatisfy { $0.state == .judged(.incorrect, word: "missed") })
        #expect(contents.items[0].judgementSummary == "missed (1 of 1: ann missed)")
        #expect(try contents.item(matching: items[1].id.uppercased())?.id == items[1].id)
    }
}
