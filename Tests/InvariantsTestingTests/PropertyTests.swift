import InvariantsTesting
import Testing

struct PropertyTests {
    enum Failure: Error, Equatable {
        case tooBig(Int)
    }

    @Test func passingPropertyRunsEveryIteration() {
        let result = Property(over: .int, iterations: 250, seed: 1, database: .disabled).check { $0 == $0 }
        #expect(result.stopReason == .passed)
        #expect(result.passed)
        #expect(result.casesRun == 250)
        #expect(result.counterexample == nil)
        #expect(result.report == "Property passed 250 cases (seed 1).")
    }

    @Test func thrownErrorIsAFailureAndIsShrunk() {
        let result = Property(over: .int(in: 0...1_000), seed: 2, database: .disabled).check { n in
            if n >= 500 { throw Failure.tooBig(n) }
            return true
        }
        #expect(result.counterexample == 500)
        #expect(result.error as? Failure == .tooBig(500))
        #expect(result.failureMessage == "threw InvariantsTestingTests.PropertyTests.Failure.tooBig(500)")
    }

    @Test func asyncPropertyIsShrunk() async {
        let result = await Property(over: .int(in: 0...1_000), seed: 3, database: .disabled).check { n in
            await Task.yield()
            return n < 100
        }
        #expect(result.counterexample == 100)
    }

    @Test func asyncThrowingPropertyIsShrunk() async {
        let result = await Property(over: .int(in: 0...1_000), seed: 3, database: .disabled).check { n in
            await Task.yield()
            if n >= 7 { throw Failure.tooBig(n) }
            return true
        }
        #expect(result.error as? Failure == .tooBig(7))
    }

    @Test func verdictMessageReachesTheReport() {
        let result = Property(over: .int, seed: 4, database: .disabled).verify { n, _ in
            n >= 0 ? .passed : .failed("rules broken: [pricing/non-negative] \(n) < 0")
        }
        #expect(result.counterexample == -1)
        #expect(result.failureMessage == "rules broken: [pricing/non-negative] -1 < 0")
        #expect(result.report.contains("Failure: rules broken: [pricing/non-negative] -1 < 0"))
    }

    @Test func labelsAreCountedAndReported() {
        let result = Property(over: Gen.int.array(), iterations: 200, seed: 5, database: .disabled).check {
            xs, labels in
            labels.label(xs.isEmpty ? "empty" : "non-empty")
            labels.classify(xs.count > 5, "long")
            labels.label("all")
            labels.label("all")
            return true
        }
        #expect(result.labels["all"] == 200)
        #expect((result.labels["empty"] ?? 0) + (result.labels["non-empty"] ?? 0) == 200)
        #expect((result.labels["empty"] ?? 0) > 0)
        #expect((result.labels["long"] ?? 0) > 0)
        #expect(result.report.contains("Labels:\n  100% all (200)\n"))
    }

    @Test func failureReportShowsCounterexampleSeedAndReplay() {
        let result = Property(over: .int(in: 0...1_000), seed: 6, database: .disabled).check { $0 < 10 }
        let expected = """
            Property failed after \(result.casesRun) cases (seed 6).
            Counterexample: 10
            Original counterexample: \(result.originalCounterexample!)
            Failure: property returned false
            Shrunk \(result.shrinks) times in \(result.shrinkSteps) steps.
            Replay: run again with INVARIANTS_SEED=6 in the environment, or pass seed: 6.
            """
        #expect(result.report == expected)
    }

    @Test func sameSeedGivesSameCounterexample() {
        let property = Property(over: Gen.int.array(), seed: 7, database: .disabled)
        let first = property.check { $0.reduce(0, &+) < 1_000 }
        let second = property.check { $0.reduce(0, &+) < 1_000 }
        #expect(first.originalCounterexample == second.originalCounterexample)
        #expect(first.counterexample == second.counterexample)
        #expect(first.casesRun == second.casesRun)
        #expect(first.shrinkSteps == second.shrinkSteps)
    }

    @Test func filterThatRejectsEverythingGivesUpWithAClearMessage() {
        let result = Property(over: Gen.int.filter { _ in false }, seed: 8, database: .disabled).check { _ in true }
        #expect(result.counterexample == nil)
        #expect(
            result.stopReason
                == .gaveUp(
                    "Gen.filter rejected 1000 of 1000 values in a row; the predicate is too strict for its generator: "
                        + "generate valid values directly (e.g. with map) or loosen the predicate"
                )
        )
        #expect(result.report.hasPrefix("Property gave up after 0 cases (seed 8): Gen.filter rejected 1000 of 1000"))
    }

    @Test func stepCapStopsShrinkingAndIsReported() {
        let result = Property(over: Gen.int.array(), seed: 9, shrinkStepLimit: 5, database: .disabled).check {
            Array($0.reversed()) == $0
        }
        #expect(result.stopReason == .shrinkStepCapHit)
        #expect(result.shrinkSteps == 5)
        #expect(result.failed)
        #expect(result.report.contains("stopped at the shrink step cap (not fully shrunk)"))
    }

    @Test func timeCapStopsShrinkingAndIsReported() {
        let result = Property(over: Gen.int.array(), seed: 9, timeLimit: .zero, database: .disabled).check {
            Array($0.reversed()) == $0
        }
        #expect(result.stopReason == .shrinkTimeCapHit)
        #expect(result.shrinkSteps == 0)
        #expect(result.counterexample == result.originalCounterexample)
        #expect(result.report.contains("stopped at the shrink time cap"))
    }

    @Test func seedIsReadFromTheEnvironmentInDecimalOrHex() {
        #expect(PropertySeed.fromEnvironment(["INVARIANTS_SEED": "42"]) == 42)
        #expect(PropertySeed.fromEnvironment(["INVARIANTS_SEED": "0x2A"]) == 42)
        #expect(PropertySeed.fromEnvironment(["INVARIANTS_SEED": "forty-two"]) == nil)
        #expect(PropertySeed.fromEnvironment([:]) == nil)
    }

    @Test func verdictMapsBooleans() {
        #expect(PropertyVerdict(true) == .passed)
        #expect(PropertyVerdict(false) == .failed("property returned false"))
    }
}
