import Foundation
import InvariantsTesting
import Testing

struct ConstrainedShrinkingTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func filteredGeneratorNeverReportsARejectedValue(seed: UInt64) {
        let even = Gen.int(in: 0...10_000).filter { $0.isMultiple(of: 2) }
        let result = Property(over: even, seed: seed, database: .disabled).check { $0 <= 100 }
        #expect(result.originalCounterexample.map { $0.isMultiple(of: 2) } == true)
        #expect(result.counterexample == 102)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func flatMapSizeConstraintHoldsInTheShrunkValue(seed: UInt64) {
        let gen = Gen.int(in: 2...6).flatMap { n in Gen.int(in: 0...100).array(count: n...n).map { (n, $0) } }
        let result = Property(over: gen, seed: seed, database: .disabled).check { _, items in items.reduce(0, +) <= 10 }
        #expect(result.counterexample?.0 == result.counterexample?.1.count)
        #expect(result.counterexample?.0 == 2)
        #expect(result.counterexample?.1 == [0, 11])
    }

    @Test func setShrinksToTheSmallestDistinctElements() {
        let result = Property(over: Gen.int(in: 0...9).set(count: 3...5), seed: 4, database: .disabled).check { _ in
            false
        }
        #expect(result.counterexample == [0, 1, 2])
    }

    @Test func shrinkingStopsAtTheGeneratorsLowerBound() {
        let result = Property(over: Gen.int(in: 10...20).array(count: 1...5), seed: 5, database: .disabled).check {
            $0.count < 3
        }
        #expect(result.counterexample == [10, 10, 10])
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func zeroWeightFrequencyBranchIsNeverReachedByShrinking(seed: UInt64) {
        let gen = Gen.frequency((0, .constant(-1)), (1, .int(in: 1...10)))
        let result = Property(over: gen, seed: seed, database: .disabled).check { $0 > 3 }
        #expect(result.counterexample == 1)
        #expect(gen.sample(count: 200, seed: seed).allSatisfy { (1...10).contains($0) })
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func shrunkValuesKeepEveryGeneratorConstraint(seed: UInt64) throws {
        let gen = Gen.zip(
            Gen.frequency((3, .int(in: 5...9)), (0, .constant(0)), (1, .int(in: 20...30))),
            Gen.string(length: 2...4),
            Gen.decimal(in: 1...100, scale: 2, boundaries: [50]).array(count: 1...3)
        )
        let result = Property(over: gen, iterations: 300, seed: seed, database: .disabled).check { n, text, prices in
            n < 7 || text.count < 3 || prices.count < 2
        }
        let (n, text, prices) = try #require(result.counterexample)
        #expect((7...9).contains(n) || (20...30).contains(n))
        #expect(text.count == 3)
        #expect(text.allSatisfy { $0.isASCII && !$0.isWhitespace || $0 == " " || $0 == "\t" || $0 == "\n" })
        #expect(prices.count == 2 && prices.allSatisfy { $0 >= 1 && $0 <= 100 })
    }
}
