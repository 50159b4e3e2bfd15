import Foundation
import Invariants
import Synchronization

enum ReviewFixtures {
    /// A passing or failing item of `pricing.quote` with a fixed id and time.
    static func item(
        _ id: String, failing failedRules: [String] = [], verdicts: [ReviewVerdict] = [], queue: String = "review"
    ) -> ReviewItem {
        ReviewItem(
            id: id,
            queue: queue,
            setID: "pricing.quote",
            input: Snapshot(value: ["lines": [["sku": "book", "quantity": 2]], "taxExempt": true], byteCount: 48),
            output: Snapshot(value: ["total": .number("25"), "tax": .number("5")], byteCount: 24),
            outcome: ReviewOutcome(
                checkedRules: ["pricing.quote/total-covers-lines", "pricing.quote/tax-non-negative"],
                violations: failedRules.map {
                    ReviewOutcome.Violation(invariantID: $0, severity: .critical, message: "\\Quote.tax was 5")
                }
            ),
            origin: .generated(by: "model-x", prompt: "sha256:abc"),
            callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42),
            context: InvariantContext(requestID: "req-\(id)", tenant: "acme"),
            createdAt: Date(timeIntervalSince1970: 1_795_444_136.123),
            verdicts: verdicts
        )
    }

    static func verdict(_ itemID: String, _ reviewer: String, _ label: ReviewVerdict.Label) -> ReviewVerdict {
        ReviewVerdict(
            itemID: itemID, reviewer: reviewer, label: label, time: Date(timeIntervalSince1970: 1_795_450_000))
    }

    /// Appends text to a file as a crash or a careless editor would, bypassing the queue.
    static func appendRaw(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// The permission bits of a file.
    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// A review queue in memory, for routing tests.
final class MemoryReviewQueue: ReviewQueue {
    let name = "memory"
    private let stored = Mutex<[ReviewItem]>([])

    var items: [ReviewItem] { stored.withLock { $0 } }

    func append(_ items: [ReviewItem]) throws { stored.withLock { $0 += items } }

    func record(_ verdict: ReviewVerdict) throws {
        try stored.withLock { items in
            guard let index = items.firstIndex(where: { $0.id == verdict.itemID }) else {
                throw ReviewQueueError.unknownItem(verdict.itemID, queue: name)
            }
            items[index] = items[index].recording(verdict)
        }
    }

    func contents() throws -> ReviewQueueContents { ReviewQueueContents(items: items) }
}

/// A review queue whose appends fail, or wait until released.
final class ControlledReviewQueue: ReviewQueue {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "the store is read-only" }
    }

    let name = "controlled"
    let fails: Bool
    private let gate = DispatchSemaphore(value: 0)
    private let held: Bool
    private let appended = Mutex(0)

    /// How many items the queue accepted.
    var appendedCount: Int { appended.withLock { $0 } }

    init(fails: Bool = false, held: Bool = false) {
        self.fails = fails
        self.held = held
    }

    /// Lets every waiting and future append through.
    func release() {
        for _ in 0..<1_000 { gate.signal() }
    }

    func append(_ items: [ReviewItem]) throws {
        if held { gate.wait() }
        if fails { throw Refused() }
        appended.withLock { $0 += items.count }
    }

    func record(_ verdict: ReviewVerdict) throws { throw Refused() }

    func contents() throws -> ReviewQueueContents { ReviewQueueContents(items: []) }
}
