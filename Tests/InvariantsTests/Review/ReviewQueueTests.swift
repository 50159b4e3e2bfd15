import Foundation
import Invariants
import Testing

struct DirectoryReviewQueueTests {
    @Test func itemsComeBackAsTheyWereAppendedInPrivateFiles() throws {
        let scratch = try ScratchDirectory()
        let queue = DirectoryReviewQueue(at: scratch.file("nested/review"))
        let items = [ReviewFixtures.item("a1"), ReviewFixtures.item("b2", failing: ["pricing.quote/tax-non-negative"])]
        try queue.append(items)
        let contents = try queue.contents()
        #expect(contents.items == items)
        #expect(contents.problems.isEmpty)
        #expect(contents.pending.map(\.id) == ["a1", "b2"])
        #expect(queue.name == "review")
        #expect(try ReviewFixtures.mode(queue.url) == 0o700)
        #expect(try ReviewFixtures.mode(queue.itemsURL) == 0o600)
        #expect(try ReviewFixtures.mode(queue.url.appendingPathComponent(".lock")) == 0o600)
        let lines = try String(contentsOf: queue.itemsURL, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains(#""createdAt":"2026-11-23T14:28:56.123Z""#))
    }

    @Test func aSecondVerdictBySameReviewerReplacesTheFirst() throws {
        let scratch = try ScratchDirectory()
        let queue = DirectoryReviewQueue(at: scratch.file("review"))
        try queue.append([ReviewFixtures.item("a1", failing: ["pricing.quote/tax-non-negative"])])
        try queue.record(ReviewFixtures.verdict("a1", "ann", .incorrect))
        try queue.record(ReviewFixtures.verdict("a1", "ann", .correct))
        try queue.record(ReviewFixtures.verdict("a1", "bob", .incorrect))
        var item = try #require(try queue.contents().items.first)
        #expect(item.verdicts.map(\.reviewer) == ["ann", "bob"])
        #expect(item.verdicts.map(\.label) == [.correct, .incorrect])
        #expect(item.judgement == nil)  // one each: split evenly
        #expect(item.status == .pending)
        try queue.record(ReviewFixtures.verdict("a1", "cy", .incorrect))
        item = try #require(try queue.contents().items.first)
        #expect(item.judgement == .incorrect)
        #expect(item.status == .completed)
        #expect(try String(contentsOf: queue.verdictsURL, encoding: .utf8).split(separator: "\n").count == 4)
        #expect(try ReviewFixtures.mode(queue.verdictsURL) == 0o600)
    }

    @Test func unsureAloneKeepsAnItemPending() throws {
        let item = ReviewFixtures.item("a1").recording(ReviewFixtures.verdict("a1", "ann", .unsure))
        #expect(item.status == .pending)
        #expect(item.recording(ReviewFixtures.verdict("a1", "bob", .correct)).status == .completed)
    }

    @Test func aVerdictOnAnUnknownItemOrAMissingQueueIsRefused() throws {
        let scratch = try ScratchDirectory()
        let queue = DirectoryReviewQueue(at: scratch.file("review"))
        #expect(throws: ReviewQueueError.missingQueue(path: queue.url.path)) { try queue.contents() }
        #expect(throws: ReviewQueueError.missingQueue(path: queue.url.path)) {
            try queue.record(ReviewFixtures.verdict("a1", "ann", .correct))
        }
        try queue.append([ReviewFixtures.item("a1")])
        #expect(throws: ReviewQueueError.unknownItem("zz", queue: queue.url.path)) {
            try queue.record(ReviewFixtures.verdict("zz", "ann", .correct))
        }
        #expect(!FileManager.default.fileExists(atPath: queue.verdictsURL.path))
    }

    @Test func aCorruptLineIsReportedWithFileAndLineAndSkipped() throws {
        let scratch = try ScratchDirectory()
        let queue = DirectoryReviewQueue(at: scratch.file("review"))
        try queue.append([ReviewFixtures.item("a1")])
        try ReviewFixtures.appendRaw("{\"id\": \"torn by a cra", to: queue.itemsURL)  // a crash mid-line
        let torn = try queue.contents()
        #expect(torn.items.map(\.id) == ["a1"])
        #expect(torn.problems.map(\.description) == ["\(queue.itemsURL.path):2: torn last line (no newline)"])

        try queue.append([ReviewFixtures.item("b2")])  // closes the torn line first
        try queue.record(ReviewFixtures.verdict("b2", "ann", .correct))
        let contents = try queue.contents()
        #expect(contents.items.map(\.id) == ["a1", "b2"])
        #expect(contents.items[1].verdicts.count == 1)
        #expect(contents.problems.count == 1)
        #expect(contents.problems.first?.location == JournalLocation(file: queue.itemsURL.path, line: 2))
        #expect(contents.problems.first?.reason.hasPrefix("not valid JSON") == true)
    }

    @Test func aLineMissingAFieldNamesTheField() throws {
        let scratch = try ScratchDirectory()
        let queue = DirectoryReviewQueue(at: scratch.file("review"))
        try queue.append([ReviewFixtures.item("a1")])
        try ReviewFixtures.appendRaw("{\"schema\":1,\"id\":\"x\"}\n", to: queue.itemsURL)
        let problems = try queue.contents().problems
        #expect(problems.map(\.description) == ["\(queue.itemsURL.path):2: missing field 'createdAt'"])
    }

    @Test func aShortIDFindsItsItemUnlessItIsAmbiguous() throws {
        let contents = ReviewQueueContents(items: [ReviewFixtures.item("abc1"), ReviewFixtures.item("abd2")])
        #expect(try contents.item(matching: "abd")?.id == "abd2")
        #expect(try contents.item(matching: "zzz") == nil)
        #expect(throws: ReviewQueueError.ambiguousID("ab", matches: 2)) { try contents.item(matching: "ab") }
    }

    @Test func incorrectItemsBecomeRegressionCases() throws {
        let missed = ReviewFixtures.item("p1").recording(
            ReviewVerdict(itemID: "p1", reviewer: "ann", label: .incorrect, comment: "exempt cart taxed"))
        let real = ReviewFixtures.item("f1", failing: ["pricing.quote/tax-non-negative"])
            .recording(ReviewFixtures.verdict("f1", "bob", .incorrect))
        let falseAlarm = ReviewFixtures.item("f2", failing: ["pricing.quote/tax-non-negative"])
            .recording(ReviewFixtures.verdict("f2", "bob", .correct))
        let cases = ReviewQueueContents(items: [missed, real, falseAlarm, ReviewFixtures.item("p2")]).regressionCases
        #expect(cases.map(\.id) == ["p1", "f1"])
        #expect(cases[0].invariantID == nil)
        #expect(cases[0].input == missed.input)
        #expect(cases[0].note == "review: passed its rules, judged wrong (missed) by ann: exempt cart taxed")
        #expect(cases[1].invariantID == "pricing.quote/tax-non-negative")
        #expect(cases[1].note == "review: judged a real violation (confirmed) by bob")
    }
}
