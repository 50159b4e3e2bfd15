import Invariants
import Testing

struct JSONDiffTests {
    @Test func listsChangedAddedAndRemovedFieldsInPathOrder() throws {
        let old = try JSONValue(parsing: #"{"total": 10.00, "lines": [{"price": 1}, {"price": 2}], "note": "a"}"#)
        let new = try JSONValue(parsing: #"{"total": 10.01, "lines": [{"price": 1}, {"price": 3}, {"price": 4}]}"#)
        let differences = JSONDiff.differences(from: old, to: new)
        #expect(
            differences.map(\.description) == [
                #"lines[1].price: 2 → 3"#,
                #"lines[2]: (absent) → {"price":4}"#,
                #"note: "a" → (absent)"#,
                "total: 10.00 → 10.01",
            ])
        #expect(differences.map(\.field) == ["lines[*].price", "lines[*]", "note", "total"])
    }

    @Test func comparesNumbersByValueAndWithinTolerance() {
        #expect(JSONDiff.differences(from: .number("1.50"), to: .number("1.5")).isEmpty)
        #expect(JSONDiff.differences(from: .number("1e2"), to: .number("100")).isEmpty)
        #expect(JSONDiff.differences(from: .number("10.00"), to: .number("10.01")).count == 1)
        #expect(JSONDiff.differences(from: .number("10.00"), to: .number("10.01"), tolerance: .absolute(0.01)).isEmpty)
        #expect(
            JSONDiff.differences(from: .number("10.00"), to: .number("10.02"), tolerance: .absolute(0.01)).count == 1)
        #expect(JSONDiff.differences(from: .number("1000"), to: .number("1001"), tolerance: .relative(0.001)).isEmpty)
        #expect(
            JSONDiff.differences(from: .number("1000"), to: .number("1002"), tolerance: .relative(0.001)).count == 1)
    }

    @Test func aChangeOfKindOrAtTheRootIsOneDifference() {
        let kind = JSONDiff.differences(from: ["a": 1], to: ["a": "1"])
        #expect(kind == [FieldDifference(path: "a", old: .number("1"), new: .string("1"))])
        let root = JSONDiff.differences(from: .number("1"), to: .array([]))
        #expect(root.map(\.path) == ["$"])
        let nullIsNotAbsent = JSONDiff.differences(from: ["a": .null], to: [:])
        #expect(nullIsNotAbsent == [FieldDifference(path: "a", old: .null, new: .none)])
    }

    @Test func oddKeysAreQuotedInPaths() {
        let differences = JSONDiff.differences(from: ["a b": ["c.d": 1]], to: ["a b": ["c.d": 2]])
        #expect(differences.map(\.path) == [#"["a b"]["c.d"]"#])
    }

    @Test func rendersMinusPlusLines() {
        let difference = FieldDifference(path: "total", old: .number("10.00"), new: .number("10.01"))
        #expect(difference.lines == ["- total: 10.00", "+ total: 10.01"])
        #expect(FieldDifference(path: "note", old: .none, new: "late").lines == [#"+ note: "late""#])
    }

    @Test func describesTolerances() {
        #expect(NumericTolerance.exact.description == "exact")
        #expect(NumericTolerance.absolute(0.01).description == "±0.01")
        #expect(NumericTolerance.relative(0.005).description == "±0.5 %")
    }
}
