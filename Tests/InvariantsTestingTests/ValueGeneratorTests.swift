import Foundation
import InvariantsTesting
import Testing

struct ValueGeneratorTests {
    @Test func doubleIsFiniteAndHitsBoundaries() {
        let values = Gen.double.sample(count: 2_000, seed: 1)
        #expect(values.allSatisfy { $0.isFinite })
        let boundaries: Set<Double> = [0, 1, -1, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        #expect(Set(values).isSuperset(of: boundaries))
    }

    @Test func doubleInRangeStaysInRange() {
        let values = Gen.double(in: -2.5...10).sample(count: 1_000, seed: 2)
        #expect(values.allSatisfy { (-2.5...10).contains($0) })
        #expect(Set(values).isSuperset(of: [-2.5, 10, 0]))
    }

    @Test func doubleShrinksToSimplestFailingValue() {
        let result = Property(over: Gen.double(in: 0...1_000), seed: 3, database: .disabled).check { $0 < 10.5 }
        #expect(result.counterexample == 11)
    }

    @Test func decimalKeepsScaleAndRange() {
        let values = Gen.decimal(in: 0...10_000, scale: 2).sample(count: 1_000, seed: 4)
        #expect(values.allSatisfy { (0...10_000).contains($0) })
        #expect(values.allSatisfy { isWhole($0 * 100) })
        #expect(Set(values).isSuperset(of: [0, 1, 10_000, Decimal(string: "0.01")!]))
    }

    @Test func decimalShrinksToSmallestFailingAmount() {
        let gen = Gen.decimal(in: 0...10_000, scale: 2)
        let result = Property(over: gen, seed: 5, database: .disabled).check { $0 < Decimal(string: "12.34")! }
        #expect(result.counterexample == Decimal(string: "12.34")!)
    }

    @Test func defaultDecimalHitsTinyAndHuge() {
        let values = Set(Gen.decimal.sample(count: 2_000, seed: 6))
        #expect(values.contains(0))
        #expect(values.contains { $0 > 0 && $0 <= Decimal(string: "0.00000001")! })
        #expect(values.contains { $0 >= Decimal(Int64.max) })
    }

    @Test func asciiStringRespectsLength() {
        let values = Gen.string(length: 2...5).sample(count: 300, seed: 7)
        #expect(values.allSatisfy { (2...5).contains($0.count) && $0.allSatisfy { $0.isASCII } })
    }

    @Test func unicodeStringGoesBeyondAscii() {
        let values = Gen.string(.unicode, length: 0...10).sample(count: 300, seed: 8)
        #expect(values.allSatisfy { $0.count <= 10 })
        #expect(values.contains { !$0.allSatisfy { $0.isASCII } })
        #expect(values.contains { $0.unicodeScalars.count > $0.count })
    }

    @Test func stringsShrinkTowardShortSimpleText() {
        let result = Property(over: .string, seed: 9, database: .disabled).check { !$0.contains("Z") }
        #expect(result.counterexample == "Z")
    }

    @Test func dateStaysInRange() {
        let range = Date(timeIntervalSince1970: 1_000)...Date(timeIntervalSince1970: 2_000)
        let values = Gen.date(in: range).sample(count: 500, seed: 10)
        #expect(values.allSatisfy { range.contains($0) })
        #expect(Set(values).isSuperset(of: [range.lowerBound, range.upperBound]))
        #expect(Gen.date.sample(count: 100, seed: 10).allSatisfy { $0.timeIntervalSince1970 >= 0 })
    }

    @Test func uuidIsVersionFourAndShrinksToZero() {
        let values = Gen.uuid.sample(count: 100, seed: 11)
        #expect(Set(values).count == 100)
        #expect(values.allSatisfy { $0.uuidString.dropFirst(14).first == "4" })
        let result = Property(over: .uuid, seed: 11, database: .disabled).check { _ in false }
        #expect(result.counterexample?.uuidString == "00000000-0000-4000-8000-000000000000")
    }

    private func isWhole(_ value: Decimal) -> Bool {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == value
    }
}
