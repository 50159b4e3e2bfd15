import XCTest

/// Checks a property inside an XCTest test; on failure calls `XCTFail` at the caller's file and line with
/// the shrunk counterexample, the seed, the cases run and the shrink steps.
///
/// ```swift
/// func testReversingTwiceIsIdentity() {
///     XCTAssertProperty(over: .int.array()) { xs in Array(xs.reversed().reversed()) == xs }
/// }
/// ```
public func XCTAssertProperty<Value>(
    _ name: String? = nil,
    over gen: Gen<Value>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: (Value) throws -> Bool
) {
    let property = Property(
        name ?? "\(String(describing: file).split(separator: "/").last ?? ""):\(line)",
        over: gen, iterations: iterations, seed: seed, database: database
    )
    let result = property.check(body)
    if !result.passed { XCTFail(result.report, file: file, line: line) }
}

/// Checks an asynchronous property inside an async XCTest test; on failure calls `XCTFail` at the caller.
///
/// ```swift
/// func testRoundTrip() async {
///     await XCTAssertProperty(over: .int) { n in try await codec.decode(codec.encode(n)) == n }
/// }
/// ```
public func XCTAssertProperty<Value>(
    _ name: String? = nil,
    over gen: Gen<Value>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: (Value) async throws -> Bool
) async {
    let property = Property(
        name ?? "\(String(describing: file).split(separator: "/").last ?? ""):\(line)",
        over: gen, iterations: iterations, seed: seed, database: database
    )
    let result = await property.check(body)
    if !result.passed { XCTFail(result.report, file: file, line: line) }
}
