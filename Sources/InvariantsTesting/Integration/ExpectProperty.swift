public import Testing

/// Checks a property inside a Swift Testing test; on failure records exactly one issue at the caller with
/// the shrunk counterexample, the seed, the cases run and the shrink steps.
///
/// A failing value is saved in `database` (by default ``ExampleDatabase/default``, `.invariants/examples/`
/// under the current directory) under `name` (or the call's file and line) and this call's place. Returns
/// the run's result (discardable).
///
/// ```swift
/// @Test func reversingTwiceIsIdentity() async {
///     await expectProperty(over: .int.array()) { xs in Array(xs.reversed().reversed()) == xs }
/// }
/// ```
@discardableResult
public func expectProperty<Value>(
    _ name: String? = nil,
    over gen: Gen<Value>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (Value) async throws -> Bool
) async -> PropertyResult<Value> {
    let property = Property(
        name ?? "\(sourceLocation.fileID):\(sourceLocation.line)",
        over: gen, iterations: iterations, seed: seed, database: database,
        fileID: sourceLocation.fileID, line: sourceLocation.line
    )
    let result = await property.check(body)
    recordIssue(for: result, at: sourceLocation)
    return result
}

func recordIssue<Value>(for result: PropertyResult<Value>, at sourceLocation: SourceLocation) {
    guard !result.passed else { return }
    Issue.record(Comment(rawValue: result.report), sourceLocation: sourceLocation)
}
