public import Testing

/// Checks that `function` keeps every rule of `set` over generated inputs, inside a Swift Testing test.
///
/// On failure records exactly one issue at the caller with the smallest failing input found, the
/// broken rules and their messages, the seed to replay it, and the number of cases and shrink steps.
/// An error thrown by `function` is a failure too.
///
/// ```swift
/// @Test func quotesKeepTheirInvariants() async {
///     await expectInvariants(quoteRules, of: PricingEngine.quote, over: .cart)
/// }
/// ```
public func expectInvariants<Input, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) async throws -> Output,
    over gen: Gen<Input>,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    let property = Property(set.id, over: gen, iterations: iterations, seed: seed, database: database)
    let result = await property.verify { input, _ in set.check(input, try await function(input)).verdict }
    recordIssue(for: result, at: sourceLocation)
}
