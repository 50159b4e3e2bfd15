import Foundation
import Invariants
import InvariantsTesting
import Testing

/// The code of Docs/ShadowExperiments.md, compiled and run: its types are ShadowExperimentsGuide.swift (the
/// guide's first block, verbatim) and its generator ShadowExperimentsGuide+Gen.swift. DocSnippetTests checks.
struct ShadowExperimentsGuideTests {
    /// Two lines whose taxes (0.206 each) round up one by one but not together.
    static let centOff = Cart(
        lines: [Line(sku: "pen", unitPrice: 1.03, quantity: 1), Line(sku: "pen", unitPrice: 1.03, quantity: 1)],
        currency: "EUR", taxExempt: false)

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("shadow-guide-\(UUID().uuidString)")
    }

    @Test func stepOneShadowsTheRewriteThenStepTwoPinsTheCapturedInputs() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journalURL = directory.appendingPathComponent("violations.jsonl")
        let baselineURL = directory.appendingPathComponent("quote.jsonl")
        let cart = Self.centOff

        let monitor = InvariantMonitor(sinks: [.journal(at: journalURL)])  // invariants/violations.jsonl, say

        let quote = monitor.experiment(
            "pricing.quote.v2",
            control: LegacyPricing.quote,  // what callers get, always
            candidate: GeneratedPricing.quote,  // on trial
            sampler: .ratio(0.1),  // one call in ten runs the candidate too
            rules: quoteRules,  // the candidate must also keep the rules
            options: ExperimentOptions(
                timeout: .milliseconds(200),
                controlOrigin: .human(commit: "1a2b3c4"),
                candidateOrigin: .generated(by: "assistant-model-2026-10", prompt: "sha256:9f2c41d7")
            )
        )

        let q = try quote(cart)  // exactly LegacyPricing.quote(cart), or its error

        #expect(q == (try LegacyPricing.quote(cart)))
        #expect(q != (try GeneratedPricing.quote(cart)))
        // 300 more calls of the cart a cent off: one in ten (about 30) also runs the candidate. The chance that
        // none does is 0.9^300, about 2e-14.
        for _ in 0..<300 { #expect(try quote(cart) == q) }
        await monitor.flush()

        let counts = quote.counts
        let mismatchRate = counts.mismatchRate  // mismatched / compared
        let errorRate = counts.candidateErrorRate  // (errors + timeouts) / concluded
        print(counts)
        // sampled 201: matched 62, mismatched 3, ignored 0, errors 0, timeouts 0, skipped 136, abandoned 0

        #expect(counts.sampled > 0 && counts.sampled < 301)
        #expect(counts.mismatched > 0 && counts.matched == 0 && mismatchRate == 1)
        #expect(errorRate == 0)
        #expect("\(counts)".hasPrefix("sampled \(counts.sampled): matched 0, mismatched \(counts.mismatched),"))

        let records = try JournalReader(journalAt: journalURL).records()
        #expect(records.count == counts.mismatched)
        let record = try #require(records.first)
        #expect(record.invariantID == "pricing.quote.v2/mismatch")
        #expect(record.comparison?.differences.map(\.description) == ["tax: 0.41 → 0.42", "total: 2.47 → 2.48"])
        #expect(
            record.message == "the candidate's output differs from the control's: tax: 0.41 → 0.42, total: 2.47 → 2.48")
        #expect(record.origin.model == "assistant-model-2026-10")
        #expect(record.comparison?.controlOrigin.commit == "1a2b3c4")

        // Step 2 from the inputs the shadow captured: the journal is the fixture.
        let fixtureURL = journalURL

        // Once: 300 carts from a fixed seed, the same on every run (baselineURL: Tests/Baselines/quote.jsonl).
        try Baseline.record(LegacyPricing.quote, over: .cart, count: 300, seed: 2026, to: baselineURL)
        // Or from inputs captured in production (a journal or an exported fixture):
        try Baseline.record(LegacyPricing.quote, replaying: fixtureURL, to: baselineURL)

        let captured = try Baseline(contentsOf: baselineURL)
        #expect(captured.pairs.count == records.count)
        #expect(await monitor.shutdown())
    }

    @Test func theCountsLineOfTheGuideComesFrom201CallsAllSampled() async throws {
        let monitor = InvariantMonitor(sampler: .always, sinks: [])
        let quote = monitor.experiment(
            "pricing.quote.v2", control: LegacyPricing.quote, candidate: GeneratedPricing.quote, sampler: .ratio(1))
        _ = try quote(Self.centOff)
        for cart in Gen.cart.sample(count: 200, seed: 7) { _ = try quote(cart) }
        await monitor.flush()
        let counts = quote.counts
        #expect(counts.sampled == 201 && counts.concluded + counts.skipped + counts.abandoned == 201)
        #expect(counts.mismatched >= 1 && counts.candidateErrors == 0)
        #expect("\(counts)".hasPrefix("sampled 201: matched \(counts.matched), mismatched \(counts.mismatched),"))
    }

    @Test func stepOneAcceptsAKnownDifferenceUntilADate() async throws {
        let monitor = InvariantMonitor(sampler: .always, sinks: [])

        let quote = monitor.experiment(
            "pricing.quote.v2",
            control: LegacyPricing.quote,
            candidate: GeneratedPricing.quote,
            ignore: { control, candidate in abs(candidate.total - control.total) <= Decimal(string: "0.02")! },
            ignoreUntil: ISO8601DateFormatter().date(from: "2027-01-31T00:00:00Z")
        )

        _ = try quote(Self.centOff)
        await monitor.flush()
        let stillAccepted = Date() < ISO8601DateFormatter().date(from: "2027-01-31T00:00:00Z")!
        // Until the date the cent is ignored and counted; after it, it is a mismatch again.
        #expect(quote.counts.ignored == (stillAccepted ? 1 : 0))
        #expect(quote.counts.mismatched == (stillAccepted ? 0 : 1))
    }

    @Test func stepTwoTheRewriteFailsAgainstTheLegacyBaselineAndPassesWithinACent() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let baselineURL = directory.appendingPathComponent("quote.jsonl")
        try Baseline.record(LegacyPricing.quote, over: .cart, count: 300, seed: 2026, to: baselineURL)

        // The guide's test, which fails by design: some carts are a cent off.
        withKnownIssue {
            expectMatchesBaseline(GeneratedPricing.quote, baseline: baselineURL)
        } matching: { issue in
            let text = "\(issue)"
            return text.contains("no longer matches") && text.contains("of 300 pairs changed")
                && text.contains("fields changed:") && text.contains("INVARIANTS_RECORD_BASELINES=1")
        }
        expectMatchesBaseline(GeneratedPricing.quote, baseline: baselineURL, tolerance: .absolute(0.02), record: false)
        expectMatchesBaseline(LegacyPricing.quote, baseline: baselineURL, record: false)

        let pinned = try Baseline(contentsOf: baselineURL)
        let comparison = try pinned.rerun(GeneratedPricing.quote).compared(to: pinned)
        #expect(!comparison.isIdentical)
        #expect(Set(comparison.fieldCounts.map(\.field)) == ["tax", "total"])
    }

    @Test func stepThreeSwitchesTheRoles() async throws {
        let monitor = InvariantMonitor(sampler: .always, sinks: [])

        let quote = monitor.experiment(
            "pricing.quote.v2-live",
            control: GeneratedPricing.quote,
            candidate: LegacyPricing.quote,
            sampler: .ratio(0.01),
            options: ExperimentOptions(
                controlOrigin: .generated(by: "assistant-model-2026-10"), candidateOrigin: .human())
        )

        #expect(try quote(Self.centOff) == (try GeneratedPricing.quote(Self.centOff)))
        #expect(await monitor.shutdown())
    }

    @Test func afterTheSwitchTheRewriteIsComparedWithItself() async throws {
        let memory = MemorySink()
        let monitor = InvariantMonitor(sinks: [memory], ruleHealth: false)
        let cart = Self.centOff

        let quote = monitor.guarded(
            quoteRules, origin: .generated(by: "assistant-model-2026-10"),
            relations: .rerun(.pure, sampler: .ratio(0.01))
        ) { cart in try GeneratedPricing.quote(cart) }

        #expect(try quote(cart) == (try GeneratedPricing.quote(cart)))
        #expect(await monitor.shutdown())
        #expect(memory.records.isEmpty)
    }
}
