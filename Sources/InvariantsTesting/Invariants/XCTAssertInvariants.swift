import XCTest

/// Checks that `function` keeps every rule of `set` over generated inputs, inside an XCTest test.
///
/// On failure calls `XCTFail` at the caller's file and line with the smallest failing input found,
/// the broken rules and their messages, the seed, and the number of cases and shrink steps. An error
/// thrown by `function` is a failure too.
///
/// A failing input is saved in `database` (by default ``ExampleDatabase/default``, `.invariants/examples/`
/// under the current directory) under the rule set's id and this call's file and line. Returns the run's
/// result (discardable).
///
/// A set with relations is checked as a metamorphic property over inputs and seeds, as in
/// `expectInvariants(_:of:over:iterations:seed:database:sourceLocation:)`.
///
/// ```swift
/// func testInvariants() {
///     XCTAssertInvariants(quoteRules, of: PricingEngine.quote, over: .cart, iterations: 2_000)
/// }
/// ```
@discardableResult
public func XCTAssertInvariants<Input, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) throws -> Output,
    over gen: Gen<Input>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line
) -> PropertyResult<Input> {
    if !set.relations.isEmpty {
        let cases = Property(
            set.id, over: .zip(gen, .uint64), iterations: iterations, seed: seed, database: database,
            fileID: fileName(file), line: Int(line)
        )
        let result = cases.verify { pair, _ in try set.verdict(of: function, for: pair.0, seed: RelationSeed(pair.1)) }
        if !result.passed { XCTFail(result.report, file: file, line: line) }
        return result.mapValues(\.0)
    }
    let property = Property(
        set.id, over: gen, iterations: iterations, seed: seed, database: database,
        fileID: fileName(file), line: Int(line)
    )
    let result = property.verify { input, labels in
        let output = try function(input)
        labels.observe(output)
        return set.check(input, output).verdict
    }
    if !result.passed { XCTFail(result.report, file: file, line: line) }
    return result
}
