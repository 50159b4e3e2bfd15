import Invariants
import InvariantsTesting
import Testing

struct DiscardAndResultTests {
    @Test func discardedCasesAreNotPassesAndDoNotCountAsCases() {
        let result = Property(over: Gen.int(in: 0...9), iterations: 50, seed: 1, database: .disabled).check { n in
            try assume(n.isMultiple(of: 2))
            return n.isMultiple(of: 2)
        }
        #expect(result.passed)
        #expect(result.casesRun == 50)
        #expect(result.discarded > 0)
        #expect(result.evaluations == result.casesRun + result.discarded)
    }

    @Test func tooManyDiscardsGiveUpWithAClearMessage() {
        let result = Property(over: Gen.int(in: 0...9), iterations: 20, seed: 1, database: .disabled).check { _ in
            try discard("never valid")
        }
        #expect(!result.passed)
        #expect(result.failed == false)
        #expect(result.discarded == 201)
        #expect(result.report.contains("201 cases were discarded by assume(…) and only 0 ran"))
    }

    @Test func discardedShrinkCandidatesAreNotFailures() {
        let result = Property(over: Gen.int(in: 0...1_000), seed: 3, database: .disabled).check { n in
            try assume(n != 500)
            return n < 400
        }
        #expect(result.counterexample == 400)
    }

    @Test func evaluationsCountBodiesRunAndShrinkingNeverRepeatsAValue() {
        var seen: [[Int]: Int] = [:]
        let result = Property(over: Gen.int.array(), seed: 7, database: .disabled).check { xs in
            seen[xs, default: 0] += 1
            return Array(xs.reversed()) == xs
        }
        #expect(result.counterexample == [0, 1])
        #expect(result.evaluations == seen.values.reduce(0, +))
        #expect(result.shrinkEvaluations > 0 && result.shrinkEvaluations < result.evaluations)
        #expect(result.shrinkEvaluations <= 30)
    }

    @Test func theFirstCaseIsTheSimplestValueAndCountsAsOneOfTheCases() {
        var values: [[Int]] = []
        let gen = Gen.int(in: 3...9).array(count: 2...5)
        let result = Property(over: gen, iterations: 10, seed: 5, database: .disabled).check { xs in
            values.append(xs)
            return true
        }
        #expect(values.first == [3, 3])
        #expect(values.count == 10 && result.casesRun == 10)
    }

    @Test func aSimplestValueTheGeneratorRejectsIsSkippedWithoutCostingACase() {
        var values: [Int] = []
        let gen = Gen.int(in: 0...9).filter { $0 > 0 }
        let result = Property(over: gen, iterations: 10, seed: 5, database: .disabled).check { n in
            values.append(n)
            return true
        }
        #expect(!values.contains(0))
        #expect(values.count == 10 && result.casesRun == 10)
    }

    @Test func entryPointsReturnTheirResult() async {
        let rules = InvariantSet<Int, Int>("square") { Invariant("non-negative") { _, output in output >= 0 } }
        let invariants = await expectInvariants(
            rules, of: { $0 &* $0 }, over: .int(in: -100...100), database: .disabled)
        #expect(invariants.passed && invariants.casesRun == 100)
        let property = await expectProperty(over: .int, database: .disabled) { $0 == $0 }
        #expect(property.passed)
    }
}
