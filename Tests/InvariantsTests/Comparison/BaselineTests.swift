import Foundation
import Invariants
import Testing

/// Record, read, re-run and compare pinned baselines.
struct BaselineTests {
    static let carts = [
        sampleBasket,
        Basket(lines: [BasketLine(sku: "tea", unitPrice: 3.35, quantity: 3)], taxExempt: true),
        Basket(lines: []),
    ]

    private let scratch: ScratchDirectory

    init() throws { scratch = try ScratchDirectory() }

    private func temporaryFile() -> URL {
        scratch.file("\(UUID().uuidString)/quote.jsonl")
    }

    @Test func recordsPairsWithAHeaderAndAContentHashAndReadsThemBack() throws {
        let url = temporaryFile()
        let recorded = try Baseline.record(Pricing.quote, inputs: Self.carts, to: url)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == #"{"baseline":"quote","contentHash":"\#(recorded.contentHash)","pairs":3,"schema":1}"#)
        #expect(lines[1].hasPrefix(#"{"index":0,"input":{"currency":"EUR","lines":[{"quantity":2,"sku":"book""#))
        #expect(lines[1].contains(#""output":{"currency":"EUR","lineTotals":[25,6],"tax":6.2,"total":37.2}"#))
        #expect(recorded.contentHash.hasPrefix("sha256:") && recorded.contentHash.count == 71)
        let read = try Baseline(contentsOf: url)
        #expect(read.pairs == recorded.pairs && read.name == "quote")
        #expect(try read.rerun(Pricing.quote).compared(to: read).isIdentical)
    }

    @Test func theContentHashIsSHA256OfThePairLines() {
        let baseline = Baseline(name: "b", pairs: [BaselinePair(index: 0, input: 1, output: 2)])
        // printf '{"index":0,"input":1,"output":2}\n' | sha256sum
        #expect(baseline.contentHash == "sha256:" + "df4b8b77c8e27b52544ed8f5c240c6c4a46b8cd2ff003fbfcd76f6787b189ce7")
        #expect(
            Baseline(name: "b", pairs: []).contentHash
                == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func aChangedFunctionShowsEveryChangedPairWithItsFields() throws {
        let url = temporaryFile()
        let pinned = try Baseline.record(Pricing.quote, inputs: Self.carts, to: url)
        let comparison = try pinned.rerun(Pricing.buggyQuote).compared(to: pinned)
        #expect(comparison.changed.map(\.new.index) == [0, 1])
        #expect(comparison.unchanged == 1 && comparison.added.isEmpty && comparison.removed.isEmpty)
        #expect(comparison.changed[0].differences.map(\.description) == ["tax: 6.2 → -6.2", "total: 37.2 → 24.8"])
        #expect(comparison.fieldCounts.map(\.field) == ["tax", "total"])
        #expect(comparison.fieldCounts.map(\.count) == [2, 1])
        let report = comparison.report(examples: 1)
        #expect(report.hasPrefix("2 of 3 pairs changed, 0 added, 0 removed, 1 unchanged (numbers compared exact)"))
        #expect(report.contains("  - tax: 6.2\n  + tax: -6.2\n  - total: 37.2\n  + total: 24.8"))
        #expect(report.hasSuffix("… and 1 more changed pairs"))
    }

    @Test func numbersWithinTheToleranceAreTheSame() throws {
        let url = temporaryFile()
        let pinned = try Baseline.record({ (x: Double) in x * 3 }, inputs: [0.1, 1, 10], to: url)
        let rerun = try pinned.rerun { (x: Double) in x * 3 + 1e-9 }
        #expect(rerun.compared(to: pinned).changed.count == 3)
        #expect(rerun.compared(to: pinned, tolerance: .absolute(1e-6)).isIdentical)
        #expect(rerun.compared(to: pinned, tolerance: .relative(1e-9)).changed.map(\.new.index) == [0])
    }

    @Test func pairsArePairedByInputSoAddedAndRemovedOnesShow() throws {
        let old = try Baseline.record({ (x: Int) in x * 2 }, inputs: [1, 2, 3], to: temporaryFile())
        let new = try Baseline.record({ (x: Int) in x == 3 ? 7 : x * 2 }, inputs: [3, 4, 1], to: temporaryFile())
        let comparison = new.compared(to: old)
        #expect(comparison.changed.map(\.old.input) == [3])
        #expect(comparison.added.map(\.input) == [4])
        #expect(comparison.removed.map(\.input) == [2])
        #expect(comparison.unchanged == 1)
    }

    @Test func thrownErrorsArePinnedAndCompared() throws {
        let old = try Baseline.record(
            { (x: Int) throws -> Int in
                if x < 0 { throw CandidateFailure() }; return x
            }, inputs: [-1, 1],
            to: temporaryFile())
        #expect(old.pairs[0].error == "rate table missing for EUR" && old.pairs[0].output == nil)
        let rerun = try old.rerun { (x: Int) in x }
        #expect(
            rerun.compared(to: old).changed.first?.differences.map(\.description) == [
                "$: (absent) → -1", #"$error: "rate table missing for EUR" → (absent)"#,
            ])
    }

    @Test func corruptFilesNameTheFileAndLine() throws {
        let url = temporaryFile()
        try Baseline.record({ (x: Int) in x }, inputs: [1, 2], to: url)
        let good = try String(contentsOf: url, encoding: .utf8)
        func error(_ text: String) throws -> String {
            try text.write(to: url, atomically: true, encoding: .utf8)
            do {
                _ = try Baseline(contentsOf: url)
                return "no error"
            } catch let error as BaselineError {
                return error.description
            }
        }
        #expect(
            try error(good.replacingOccurrences(of: #""output":2"#, with: #""output":3"#)).hasPrefix(
                "\(url.path):1: content hash sha256:"))
        #expect(
            try error(good.replacingOccurrences(of: #"{"index":1,"#, with: #"{"index":1"#)).hasPrefix(
                "\(url.path):3: not valid JSON: "))
        #expect(
            try error(good.replacingOccurrences(of: #""input":2,"#, with: ""))
                == "\(url.path):3: field 'input' is missing")
        #expect(try error("") == "\(url.path): empty file: expected a baseline header line")
        #expect(
            try error(#"{"schema":2}"#) == "\(url.path):1: unsupported baseline schema 2; this version reads schema 1")
        let missing = URL(fileURLWithPath: "/nonexistent/quote.jsonl")
        #expect(throws: BaselineError.self) { try Baseline(contentsOf: missing) }
    }

    @Test func anInputThatNoLongerDecodesNamesItsLine() throws {
        let url = temporaryFile()
        let pinned = try Baseline.record({ (x: String) in x.count }, inputs: ["a", "bb"], to: url)
        #expect {
            try pinned.rerun { (x: Int) in x }
        } throws: { error in
            (error as? BaselineError)?.description.hasPrefix("\(url.path):2: the pinned input does not decode as Int")
                == true
        }
    }
}
