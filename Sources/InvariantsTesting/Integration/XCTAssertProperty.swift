import XCTest

/// Checks a property inside an XCTest test; on failure calls `XCTFail` at the caller's file and line with
/// the shrunk counterexample, the seed, the cases run and the shrink steps.
///
/// A failing value is saved in `database` (by default ``ExampleDatabase/default``, `.invariants/examples/`
/// under the current directory) under `name` (or the call's file and line) and this call's place. Returns
/// the run's result (discardable).
///
/// ```swift
/// func testReversingTwiceIsIdentity() {
///     XCTAssertProperty(over: .int.array()) { xs in Array(xs.reversed().reversed()) == xs }
/// }
/// ```
@discardableResult
public func XCTAssertProperty<Value>(
    _ name: String? = nil,
    over gen: Gen<Value>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: (Value) throws -> Bool
) -> PropertyResult<Value> {
    let property = Property(
        name ?? "\(fileName(file)):\(line)",
        over: gen, iterations: iterations, seed: seed, database: database, fileID: fileName(file), line: Int(line)
    )
    let result = property.check(body)
    if !result.passed { XCTFail(result.report, file: file, line: line) }
    return result
}

/// Checks an asynchronous property inside an async XCTest test; on failure calls `XCTFail` at the caller.
/// Saves a failing value like the synchronous form and returns the run's result (discardable).
///
/// ```swift
/// func testRoundTrip() async {
///     await XCTAssertProperty(over: .int) { n in try await codec.decode(codec.encode(n)) == n }
/// }
/// ```
@discardableResult
public func XCTAssertProperty<Value>(
    _ name: String? = nil,
    over gen: Gen<Value>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    file: StaticString = #filePath,
    line: UInt = #line,
    _ body: (Value) async throws -> Bool
) async -> PropertyResult<Value> {
    let property = Property(
        name ?? "\(fileName(file)):\(line)",
        over: gen, iterations: iterations, seed: seed, database: database, fileID: fileName(file), line: Int(line)
    )
    let result = await property.check(body)
    if !result.passed { XCTFail(result.report, file: file, line: line) }
    return result
}

/// The last path component of a `#filePath`, the XCTest stand-in for `#fileID` in database keys and names.
func fileName(_ file: StaticString) -> String {
    String(String(describing: file).split(separator: "/").last ?? "")
}
