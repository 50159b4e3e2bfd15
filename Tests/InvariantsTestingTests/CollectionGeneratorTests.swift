import InvariantsTesting
import Testing

struct CollectionGeneratorTests {
    @Test func arrayRespectsCountRange() {
        let arrays = Gen.int.array(count: 3...7).sample(count: 300, seed: 1)
        #expect(arrays.allSatisfy { (3...7).contains($0.count) })
        #expect(Set(arrays.map(\.count)) == Set(3...7))
    }

    @Test func arraysOftenContainDuplicates() {
        let arrays = Gen.int.array(count: 2...20).sample(count: 1_000, seed: 2)
        let withDuplicates = arrays.filter { Set($0).count < $0.count }.count
        #expect(withDuplicates >= 200)
    }

    @Test func arraysOftenAreEmptyOrAtTheirMaximum() {
        let arrays = Gen.bool.array(count: 0...10).sample(count: 1_000, seed: 3)
        #expect(arrays.contains { $0.isEmpty })
        #expect(arrays.contains { $0.count == 10 })
    }

    @Test func setHasDistinctElementsInCountRange() {
        let sets = Gen.int(in: 0...9).set(count: 2...5).sample(count: 300, seed: 4)
        #expect(sets.allSatisfy { (2...5).contains($0.count) && $0.allSatisfy { (0...9).contains($0) } })
    }

    @Test func setGivesUpWhenTooFewDistinctValuesExist() {
        let result = Property(over: Gen.bool.set(count: 3...3), seed: 5, database: .disabled).check { _ in true }
        guard case .gaveUp(let message) = result.stopReason else {
            Issue.record("expected gaveUp, got \(result.stopReason)")
            return
        }
        #expect(message.hasPrefix("could not draw 3 distinct values"))
    }

    @Test func dictionaryHasDistinctKeysInCountRange() {
        let gen = Gen.dictionary(keys: .string(length: 1...3), values: .int(in: 0...9), count: 1...4)
        let dictionaries = gen.sample(count: 300, seed: 6)
        #expect(dictionaries.allSatisfy { (1...4).contains($0.count) && $0.values.allSatisfy { (0...9).contains($0) } })
    }

    @Test func staticArraySpellingMatchesInstanceSpelling() {
        let staticSpelling = Gen<[Int]>.array(of: .int(in: 0...9), count: 0...4).sample(count: 20, seed: 7)
        #expect(staticSpelling == Gen.int(in: 0...9).array(count: 0...4).sample(count: 20, seed: 7))
    }

    @Test func shrunkArrayNeverGoesBelowMinimumCount() {
        let result = Property(over: Gen.int.array(count: 2...9), seed: 8, database: .disabled).check { _ in false }
        #expect(result.counterexample == [0, 0])
    }
}
