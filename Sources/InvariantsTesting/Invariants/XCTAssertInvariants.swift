import XCTest

/// Checks that `function` keeps every rule of `set` over generated inputs, inside an XCTest test.
///
/// On failure calls `XCTFail` at the caller's file and line with the smallest failing input found,
/// the broken rules and their messages, the seed, and the number of cases and shrink steps. An error
/// thrown by `function` is a failure too.
///
/// A set with relations is checked as a metamorphic property over inputs and seeds, as in
/// `expectInvariants(_:of:over:iterations:seed:database:sourceLocation:)`.
///
/// ```swift
/// func testInvariants() {
///     XCTAssertInvariants(quoteRules, of: PricingEngine.quote, over: .cart, iterations: 2_000)
/// }
/// ```
public func XCTAssertInvariants<Input, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) throws -> Output,
    over gen: Gen<Input>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line
) {
    if !set.relations.isEmpty {
        let cases = Property(set.id, over: .zip(gen, .uint64), iterations: iterations, seed: seed, database: database)
        let result = cases.verify { pair, _ in try set.verdict(of: function, for: pair.0, seed: RelationSeed(pair.1)) }
        if !result.passed { XCTFail(result.report, file: file, line: line) }
        return
    }
    let property = Property(set.id, over: gen, iterations: iterations, seed: seed, database: database)
    let result = property.verify { input, _ in try set.verdict(of: function, for: input) }
    if !result.passed { XCTFail(result.report, file: file, line: line) }
}
