public import Testing

/// Checks that `function` is deterministic inside a Swift Testing test: runs it `runs` times on each input,
/// sequentially and concurrently, and records one issue with the shrunk input whose outputs differ.
///
/// ```swift
/// @Test func quotingIsDeterministic() async {
///     await expectDeterministic(PricingEngine.quote, over: .cart)
/// }
/// ```
public func expectDeterministic<Value: Sendable, Output: Equatable & Sendable>(
    _ function: @escaping @Sendable (Value) async throws -> Output,
    over gen: Gen<Value>,
    runs: Int = 3,
    iterations: Int = 100,
    seed: UInt64? = nil,
    name: String? = nil,
    database: ExampleDatabase = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    let property = Property(
        name ?? "\(sourceLocation.fileID):\(sourceLocation.line)",
        over: gen, iterations: iterations, seed: seed, database: database,
        fileID: sourceLocation.fileID, line: sourceLocation.line
    )
    recordIssue(for: await property.checkDeterministic(runs: runs, function), at: sourceLocation)
}
