import XCTest

/// Checks that `function` is deterministic inside an XCTest test (sequential and concurrent runs on each
/// input); on failure calls `XCTFail` at the caller with the shrunk input whose outputs differ.
///
/// ```swift
/// func testQuotingIsDeterministic() {
///     XCTAssertDeterministic(PricingEngine.quote, over: .cart)
/// }
/// ```
public func XCTAssertDeterministic<Value: Sendable, Output: Equatable & Sendable>(
    _ function: @escaping @Sendable (Value) throws -> Output,
    over gen: Gen<Value>,
    runs: Int = 3,
    iterations: Int = 100,
    seed: UInt64? = nil,
    name: String? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line
) {
    let property = Property(
        name ?? "\(fileName(file)):\(line)",
        over: gen, iterations: iterations, seed: seed, database: database, fileID: fileName(file), line: Int(line)
    )
    let result = property.checkDeterministic(runs: runs, function)
    if !result.passed { XCTFail(result.report, file: file, line: line) }
}
