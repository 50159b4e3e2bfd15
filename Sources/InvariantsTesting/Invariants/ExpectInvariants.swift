public import Testing

/// Checks that `function` keeps every rule of `set` over generated inputs, inside a Swift Testing test.
///
/// On failure records exactly one issue at the caller with the smallest failing input found, the
/// broken rules and their messages, the seed to replay it, and the number of cases and shrink steps.
/// An error thrown by `function` is a failure too.
///
/// A failing input is saved in `database` (by default ``ExampleDatabase/default``, `.invariants/examples/`
/// under the current directory) under the rule set's id and this call's file and line, and replayed first
/// next time. Returns the run's result (discardable).
///
/// A set with relations (``InvariantSet/relating(_:)``) is checked as a metamorphic property: each case is
/// an input and a seed, the rules are checked on `function(input)`, and each relation calls `function` a
/// second time (on the input transformed with that seed, or on the same input). A failure shrinks both the
/// input and the seed, and shows both calls.
///
/// ```swift
/// @Test func quotesKeepTheirInvariants() async {
///     await expectInvariants(quoteRules, of: PricingEngine.quote, over: .cart)
/// }
/// ```
@discardableResult
public func expectInvariants<Input, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) async throws -> Output,
    over gen: Gen<Input>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) async -> PropertyResult<Input> {
    if !set.relations.isEmpty {
        let cases = Property(
            set.id, over: .zip(gen, .uint64), iterations: iterations, seed: seed, database: database,
            fileID: sourceLocation.fileID, line: sourceLocation.line
        )
        let result = await cases.verify { pair, _ in
            try await set.verdict(of: function, for: pair.0, seed: RelationSeed(pair.1))
        }
        recordIssue(for: result, at: sourceLocation)
        return result.mapValues(\.0)
    }
    let property = Property(
        set.id, over: gen, iterations: iterations, seed: seed, database: database,
        fileID: sourceLocation.fileID, line: sourceLocation.line
    )
    let result = await property.verify { input, labels in
        let output = try await function(input)
        labels.observe(output)
        return set.check(input, output).verdict
    }
    recordIssue(for: result, at: sourceLocation)
    return result
}
