import InvariantsTesting
import Testing

struct IntegerGeneratorTests {
    @Test func intInRangeStaysInRange() {
        let values = Gen.int(in: -5...7).sample(count: 500, seed: 1)
        #expect(values.allSatisfy { (-5...7).contains($0) })
        #expect(Set(values) == Set(-5...7))
    }

    @Test func positiveRangeStaysInRange() {
        #expect(Gen.int(in: 100...103).sample(count: 200, seed: 2).allSatisfy { (100...103).contains($0) })
        #expect(Gen.int(in: -103 ... -100).sample(count: 200, seed: 2).allSatisfy { (-103 ... -100).contains($0) })
    }

    @Test func intHitsZeroMinAndMax() {
        let values = Set(Gen.int.sample(count: 1_000, seed: 3))
        #expect(values.isSuperset(of: [0, 1, -1, Int.min, Int.max]))
    }

    @Test func everyWidthRespectsItsRange() {
        #expect(Set(Gen.int8.sample(count: 1_000, seed: 4)).isSuperset(of: [Int8.min, Int8.max, 0]))
        #expect(Set(Gen.int16.sample(count: 1_000, seed: 4)).isSuperset(of: [Int16.min, Int16.max, 0]))
        #expect(Set(Gen.int32.sample(count: 1_000, seed: 4)).isSuperset(of: [Int32.min, Int32.max, 0]))
        #expect(Set(Gen.int64.sample(count: 1_000, seed: 4)).isSuperset(of: [Int64.min, Int64.max, 0]))
        #expect(Set(Gen.uint.sample(count: 1_000, seed: 4)).isSuperset(of: [UInt.max, 0]))
        #expect(Set(Gen.uint8.sample(count: 1_000, seed: 4)).isSuperset(of: [UInt8.max, 0]))
        #expect(Set(Gen.uint16.sample(count: 1_000, seed: 4)).isSuperset(of: [UInt16.max, 0]))
        #expect(Set(Gen.uint32.sample(count: 1_000, seed: 4)).isSuperset(of: [UInt32.max, 0]))
        #expect(Set(Gen.uint64.sample(count: 1_000, seed: 4)).isSuperset(of: [UInt64.max, 0]))
        #expect(Gen.int8(in: -3...3).sample(count: 200, seed: 5).allSatisfy { (-3...3).contains($0) })
        #expect(Gen.uint16(in: 10...20).sample(count: 200, seed: 5).allSatisfy { (10...20).contains($0) })
        #expect(Gen.int32(in: 0...0).sample(count: 10, seed: 5) == Array(repeating: 0, count: 10))
        #expect(Gen.int64(in: 1...2).sample(count: 50, seed: 5).allSatisfy { (1...2).contains($0) })
        #expect(Gen.uint(in: 5...6).sample(count: 50, seed: 5).allSatisfy { (5...6).contains($0) })
        #expect(Gen.uint8(in: 48...57).sample(count: 50, seed: 5).allSatisfy { (48...57).contains($0) })
        #expect(Gen.uint32(in: 0...9).sample(count: 50, seed: 5).allSatisfy { $0 <= 9 })
        #expect(Gen.uint64(in: 7...7).sample(count: 5, seed: 5) == [7, 7, 7, 7, 7])
        #expect(Gen.int16(in: -1...1).sample(count: 50, seed: 5).allSatisfy { (-1...1).contains($0) })
    }

    @Test func sameSeedGivesSameValues() {
        #expect(Gen.int.sample(count: 50, seed: 9) == Gen.int.sample(count: 50, seed: 9))
        #expect(Gen.int.sample(count: 50, seed: 9) != Gen.int.sample(count: 50, seed: 10))
    }

    @Test func pairsAreOftenEqualOrOneApart() {
        let pairs = Gen.zip(Gen.int, Gen.int).sample(count: 1_000, seed: 6)
        #expect(pairs.filter { $0.0 == $0.1 }.count >= 50)
        #expect(pairs.contains { $0.0 != $0.1 && ($0.0 &- $0.1).magnitude == 1 })
    }

    @Test func boolGivesBoth() {
        #expect(Set(Gen.bool.sample(count: 100, seed: 1)) == [false, true])
    }

    @Test func integersShrinkTowardZeroWithinTheRange() {
        let positive = Property(over: Gen.int(in: 50...500), seed: 1, database: .disabled).check { $0 < 60 }
        #expect(positive.counterexample == 60)
        let negative = Property(over: Gen.int(in: -500 ... -50), seed: 1, database: .disabled).check { $0 > -60 }
        #expect(negative.counterexample == -60)
        let signed = Property(over: Gen.int, seed: 1, database: .disabled).check { $0 > -5 }
        #expect(signed.counterexample == -5)
    }
}
