import InvariantsTesting
import Testing

struct ShrinkingExampleTests {
    static let seeds: [UInt64] = [1, 2, 3, 42, 2_026]

    @Test(arguments: seeds)
    func reverseEqualsSelfShrinksToZeroOne(seed: UInt64) {
        let result = Property(over: Gen.int.array(), seed: seed, database: .disabled).check { xs in
            Array(xs.reversed()) == xs
        }
        #expect(result.stopReason == .failed)
        #expect(result.counterexample == [0, 1])
    }

    @Test(arguments: seeds)
    func sumBelowThousandShrinksToSingleThousand(seed: UInt64) {
        let result = Property(over: Gen.int.array(), seed: seed, database: .disabled).check {
            $0.reduce(0, &+) < 1_000
        }
        #expect(result.counterexample == [1_000])
    }

    @Test(arguments: seeds)
    func equalPairAtLeastTenShrinksToTenTen(seed: UInt64) {
        let result = Property(over: Gen.zip(Gen.int, Gen.int), iterations: 300, seed: seed, database: .disabled)
            .check { a, b in !(a >= 10 && a == b) }
        #expect(result.counterexample.map { [$0.0, $0.1] } == [10, 10])
    }

    @Test(arguments: seeds)
    func flatMappedListShrinksToMinimalLength(seed: UInt64) {
        let gen = Gen.int(in: 0...10).flatMap { n in Gen.int.array(count: n...n).map { (n, $0) } }
        let result = Property(over: gen, seed: seed, database: .disabled).check { _, items in items.count < 3 }
        #expect(result.counterexample?.0 == 3)
        #expect(result.counterexample?.1 == [0, 0, 0])
    }

    @Test(arguments: seeds)
    func sortedCheckShrinksToTheShortlexSmallestPair(seed: UInt64) {
        // [0, -1] is simpler than [1, 0]: its first element is 0 (magnitude before sign in the encoding).
        let result = Property(over: Gen.int.array(), seed: seed, database: .disabled).check { $0 == $0.sorted() }
        #expect(result.counterexample == [0, -1])
    }

    @Test(arguments: seeds)
    func distinctElementsCheckShrinksToTwoZeros(seed: UInt64) {
        let result = Property(over: Gen.int.array(), seed: seed, database: .disabled).check {
            Set($0).count == $0.count
        }
        #expect(result.counterexample == [0, 0])
    }
}
