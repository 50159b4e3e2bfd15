import XCTest

/// Checks that `function` keeps every rule of `set` over generated inputs, inside an XCTest test.
///
/// On failure calls `XCTFail` at the caller's file and line with the smallest failing input found,
/// the broken rules and their messages, the seed, and the number of cases and shrink steps. An error
/// thrown by `function` is a failure too.
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
    let property = Property(set.id, over: gen, iterations: iterations, seed: seed, database: database)
    let result = property.verify { input, _ in try set.verdict(of: function, for: input) }
    if !result.passed { XCTFail(result.report, file: file, line: line) }
}
