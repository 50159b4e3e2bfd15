import Foundation
import Invariants
import Testing

/// What the caller gets, what is compared, and what is recorded.
struct ExperimentTests {
    @Test(arguments: [ExperimentOptions.Execution.inline, .background])
    func theCallerGetsTheControlsValueAndTheMismatchIsRecordedWithItsDiff(
        execution: ExperimentOptions.Execution
    ) async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let candidate: @Sendable (Basket) -> Quote = { cart in
            var quote = Pricing.quote(cart)
            quote.total += Decimal(string: "0.01")!
            return quote
        }
        let quote = monitor.experiment(
            "pricing.v2", control: Pricing.quote, candidate: candidate,
            options: ExperimentOptions(
                execution: execution, controlOrigin: .human(commit: "1a2b3c4"),
                candidateOrigin: .generated(by: "model-x", prompt: "sha256:ab12")))
        #expect(try quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await monitor.flush())
        #expect(quote.counts.mismatched == 1 && quote.counts.compared == 1 && quote.counts.sampled == 1)
        let record = try #require(sink.records.first)
        #expect(sink.records.count == 1)
        #expect(record.invariantID == "pricing.v2/mismatch")
        #expect(record.origin == .generated(by: "model-x", prompt: "sha256:ab12"))
        let comparison = try #require(record.comparison)
        #expect(comparison.controlOrigin == .human(commit: "1a2b3c4"))
        #expect(comparison.differences == [FieldDifference(path: "total", old: .number("37.2"), new: .number("37.21"))])
        #expect(comparison.candidateOutput?.value?["total"] == .number("37.21"))
        #expect(record.output.value?["total"] == .number("37.2"))
        #expect(record.input.value?["paymentToken"] == .string("[Filtered]"))
        #expect(comparison.controlMilliseconds != nil && comparison.candidateMilliseconds != nil)
        #expect(record.message == "the candidate's output differs from the control's: total: 37.2 → 37.21")
        await monitor.shutdown()
    }

    @Test func equalOutputsAreCountedNotRecorded() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let quote = monitor.experiment("pricing.v2", control: Pricing.quote, candidate: Pricing.quote)
        for _ in 0..<5 { _ = try quote(sampleBasket) }
        #expect(await monitor.flush())
        #expect(quote.counts.matched == 5 && quote.counts.mismatchRate == 0)
        #expect(sink.records.isEmpty)
    }

    @Test func theControlsErrorIsThrownAndTheCandidatesNeverIs() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let failing = monitor.experiment(
            "pricing.v2", control: { (_: Basket) throws -> Quote in throw RuleFailedOnPurpose() },
            candidate: Pricing.quote, options: ExperimentOptions(execution: .inline))
        #expect(throws: RuleFailedOnPurpose.self) { try failing(sampleBasket) }
        let throwingCandidate = monitor.experiment(
            "pricing.v3", control: Pricing.quote,
            candidate: { (_: Basket) throws -> Quote in throw CandidateFailure() })
        #expect(try throwingCandidate(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await monitor.flush())
        #expect(throwingCandidate.counts.candidateErrors == 1 && throwingCandidate.counts.candidateErrorRate == 1)
        let error = try #require(sink.records(for: "pricing.v3/candidate-error").first)
        #expect(error.comparison?.candidateError == "rate table missing for EUR")
        #expect(error.message == "the candidate threw: rate table missing for EUR")
        let reversed = try #require(sink.records(for: "pricing.v2/mismatch").first)
        #expect(reversed.message == "the control threw (lookup table unavailable) but the candidate returned")
        #expect(reversed.output.text == "threw: lookup table unavailable")
    }

    @Test func bothThrowingCountsAsAMatch() async throws {
        let monitor = experimentMonitor(MemorySink())
        let experiment = monitor.experiment(
            "e", control: { (_: Int) throws -> Int in throw CandidateFailure() },
            candidate: { (_: Int) throws -> Int in throw CandidateFailure() },
            options: ExperimentOptions(execution: .inline))
        #expect(throws: CandidateFailure.self) { try experiment(1) }
        #expect(experiment.counts.matched == 1)
    }

    @Test func aCustomEquivalenceAndTheCandidatesRulesDecide() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let sameTotal = monitor.experiment(
            "pricing.v2", control: Pricing.quote,
            candidate: { cart in
                var quote = Pricing.quote(cart)
                quote.lineTotals = []
                return quote
            },
            equivalent: { $0.total == $1.total }, options: ExperimentOptions(execution: .inline))
        _ = try sameTotal(sampleBasket)
        #expect(sameTotal.counts.matched == 1)

        let buggy = monitor.experiment(
            "pricing.v3", control: Pricing.quote, candidate: Pricing.buggyQuote, equivalent: { _, _ in true },
            rules: quoteRules, options: ExperimentOptions(execution: .inline))
        _ = try buggy(sampleBasket)
        #expect(buggy.counts.mismatched == 1)
        #expect(await monitor.flush())
        let record = try #require(sink.records(for: "pricing.v3/mismatch").first)
        #expect(record.message.hasPrefix("the candidate breaks pricing.quote/total-covers-lines"))
        #expect(record.comparison?.differences.map(\.path) == ["tax", "total"])
    }

    @Test func ignoredDifferencesAreCountedUntilTheyExpire() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let now = TestNow(start)
        let quote = monitor.experiment(
            "pricing.v2", control: Pricing.quote,
            candidate: { cart in
                var quote = Pricing.quote(cart)
                quote.total += 1
                return quote
            },
            ignore: { control, candidate in candidate.total - control.total == 1 },
            ignoreUntil: start.addingTimeInterval(3600),
            options: ExperimentOptions(execution: .inline, now: { now.date }))
        _ = try quote(sampleBasket)
        _ = try quote(sampleBasket)
        #expect(quote.counts.ignored == 2 && quote.counts.mismatched == 0)
        now.set(start.addingTimeInterval(3600))
        _ = try quote(sampleBasket)
        #expect(quote.counts.ignored == 2 && quote.counts.mismatched == 1)
        #expect(await monitor.flush())
        #expect(sink.invariantIDs == ["pricing.v2/mismatch"])
    }

    @Test func unsampledCallsNeverRunTheCandidate() async throws {
        let monitor = InvariantMonitor(sampler: .never, sinks: [])
        let experiment = monitor.experiment(
            "e", control: { (x: Int) in x },
            candidate: { (_: Int) -> Int in
                Issue.record("candidate ran"); return 0
            },
            sampler: .never)
        #expect(try experiment(7) == 7)
        #expect(experiment.counts == ExperimentCounts())
        let half = monitor.experiment("h", control: { (x: Int) in x }, candidate: { $0 }, sampler: .ratio(0.5))
        for value in 0..<100 { _ = try half(value) }
        #expect((35...65).contains(half.counts.sampled))
    }

    @Test func theMismatchRateFeedsRateAlerts() async throws {
        let monitor = InvariantMonitor(
            sampler: .always, sinks: [],
            alerts: [.rate(above: 0.5, for: .zero, notify: [.closure { _ in }])])
        let experiment = monitor.experiment(
            "e", control: { (x: Int) in x }, candidate: { $0 % 4 == 0 ? $0 : $0 + 1 },
            options: ExperimentOptions(execution: .inline))
        for value in 0..<8 { _ = try experiment(value) }
        #expect(experiment.counts.mismatchRate == 0.75)
        #expect(await monitor.flush())
        let alerts = try #require(monitor.alerts)
        #expect(await eventually { alerts.firing.contains { $0.groupKey == "e/mismatch" } })
    }

    @Test func recordsFeedTheAlertRules() async throws {
        let fired = MemorySink()
        let monitor = InvariantMonitor(
            sampler: .always, sinks: [fired],
            alerts: [.count(2, within: .seconds(60), notify: [.closure { _ in }])])
        let experiment = monitor.experiment(
            "e", control: { (x: Int) in x }, candidate: { $0 + 1 }, options: ExperimentOptions(execution: .inline))
        for value in 0..<3 { _ = try experiment(value) }
        #expect(await monitor.flush())
        let alerts = try #require(monitor.alerts)
        #expect(await eventually { alerts.firing.contains { $0.groupKey == "e/mismatch" } })
    }
}
