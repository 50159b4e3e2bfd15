import Foundation
import Invariants
import Testing

/// Candidates that hang, are slow or pile up never hold the caller. Each test blocks its candidate on a
/// `Gate` and opens it only after the caller's call returned: a caller that waited would never return.
@Suite(.timeLimit(.minutes(2)))
struct ExperimentBackgroundTests {
    @Test func aSlowCandidateDoesNotDelayTheCaller() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let gate = Gate()
        let quote = monitor.experiment(
            "pricing.v2", control: Pricing.quote,
            candidate: { cart in
                gate.pass()
                return Pricing.buggyQuote(cart)
            },
            options: ExperimentOptions(timeout: .seconds(600)))
        #expect(try quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await eventually { gate.arrivals == 1 })
        #expect(quote.counts.concluded == 0)
        gate.open()
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(quote.counts.mismatched == 1)
        #expect(sink.invariantIDs == ["pricing.v2/mismatch"])
        #expect(sink.records.first?.comparison?.differences.map(\.path) == ["tax", "total"])
    }

    @Test func aCandidatePastItsTimeoutIsRecordedAndItsLateResultDiscarded() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let gate = Gate()
        let quote = monitor.experiment(
            "pricing.v2", control: Pricing.quote,
            candidate: { cart in
                gate.pass()
                return Pricing.buggyQuote(cart)
            },
            options: ExperimentOptions(timeout: .milliseconds(50)))
        #expect(try quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await eventually { quote.counts.timeouts == 1 })
        #expect(await monitor.flush())
        let record = try #require(sink.records.first)
        #expect(record.invariantID == "pricing.v2/candidate-timeout")
        #expect(record.comparison?.timedOut == true && record.comparison?.candidateOutput == nil)
        #expect(record.message == "the candidate did not finish within 0.05 s")
        gate.open()
        // The late result frees its place but is not judged again.
        #expect(try quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(quote.counts.timeouts == 1 && quote.counts.mismatched == 1 && quote.counts.concluded == 2)
    }

    @Test func anAsyncCandidatePastItsTimeoutIsCancelled() async throws {
        let monitor = experimentMonitor(MemorySink())
        let quote = monitor.experiment(
            "pricing.v2", control: { (cart: Basket) async in Pricing.quote(cart) },
            candidate: { (cart: Basket) async throws in
                try await Task.sleep(for: .seconds(600))
                return Pricing.quote(cart)
            },
            options: ExperimentOptions(timeout: .milliseconds(20)))
        #expect(try await quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(quote.counts.timeouts == 1 && quote.counts.candidateErrors == 0)
    }

    @Test func anAsyncExperimentReturnsTheControlAndComparesInTheBackground() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let gate = Gate()
        let quote = monitor.experiment(
            "pricing.v2", control: { (cart: Basket) async in Pricing.quote(cart) },
            candidate: { (cart: Basket) async throws -> Quote in
                gate.pass()
                throw CandidateFailure()
            },
            options: ExperimentOptions(timeout: .seconds(600)))
        #expect(try await quote(sampleBasket) == Pricing.quote(sampleBasket))
        #expect(await eventually { gate.arrivals == 1 })
        #expect(quote.counts.concluded == 0)
        gate.open()
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(quote.counts.candidateErrors == 1)
        #expect(sink.invariantIDs == ["pricing.v2/candidate-error"])
    }

    @Test func callsPastTheInFlightBoundAreSkippedAndCounted() async throws {
        let monitor = experimentMonitor(MemorySink())
        let gate = Gate()
        let experiment = monitor.experiment(
            "e", control: { (x: Int) in x },
            candidate: { x in
                gate.pass()
                return x
            },
            options: ExperimentOptions(timeout: .seconds(600), maxInFlight: 2, workers: 1))
        for value in 0..<5 { #expect(try experiment(value) == value) }
        #expect(experiment.counts.skipped == 3 && experiment.counts.sampled == 5)
        gate.open()
        #expect(await monitor.flush(timeout: .seconds(30)))
        #expect(experiment.counts.matched == 2)
    }

    @Test func shutdownAbandonsCandidatesStillRunning() async throws {
        let sink = MemorySink()
        let monitor = experimentMonitor(sink)
        let gate = Gate()
        let experiment = monitor.experiment(
            "e", control: { (x: Int) in x },
            candidate: { x in
                gate.pass()
                return x + 1
            },
            options: ExperimentOptions(timeout: .seconds(600)))
        _ = try experiment(1)
        #expect(await eventually { gate.arrivals == 1 })
        #expect(await monitor.shutdown(deadline: .milliseconds(50)) == false)
        gate.open()
        #expect(await eventually { experiment.counts.abandoned == 1 })
        _ = try experiment(2)
        #expect(experiment.counts.skipped == 1 && experiment.counts.mismatched == 0)
        #expect(sink.records.isEmpty)
    }
}
