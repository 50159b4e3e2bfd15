public import Foundation
public import Testing

/// Checks `function` against `set` over `gen` mixed with the real inputs of `corpus`: a journal or regression
/// fixture (JSON Lines) or a review queue directory (see ``SeedCorpus`` and ``Gen/seeded(from:)-(SeedCorpus)``).
/// A corpus that cannot be read is recorded as an issue naming the file, and the check still runs over `gen`.
///
/// ```swift
/// @Test func quotesKeepTheirInvariantsAroundProduction() async {
///     await expectInvariants(quoteRules, of: PricingEngine.quote, over: .cart, seededFrom: journalURL)
/// }
/// ```
@discardableResult
public func expectInvariants<Input: Decodable & Sendable, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) async throws -> Output,
    over gen: Gen<Input>,
    seededFrom corpus: URL,
    iterations: Int = 100,
    seed: UInt64? = nil,
    database: ExampleDatabase = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) async -> PropertyResult<Input> {
    var seeded = gen
    do {
        seeded = try gen.seeded(from: corpus)
    } catch {
        Issue.record("could not read the seed corpus: \(error)", sourceLocation: sourceLocation)
    }
    return await expectInvariants(
        set, of: function, over: seeded, iterations: iterations, seed: seed, database: database,
        sourceLocation: sourceLocation
    )
}
