public import Foundation
public import Testing

/// Re-runs `function` on every input pinned in the baseline at `url` and records one issue listing every
/// pair whose result differs, with a `-`/`+` line per field, inside a Swift Testing test.
///
/// Numbers are compared within `tolerance`. Set `INVARIANTS_RECORD_BASELINES=1` (or pass `record: true`) to
/// re-record the file with today's outputs on purpose: the test then records one issue saying so, as
/// swift-snapshot-testing does, and passes on the next run. A missing or corrupt file is an issue naming it.
///
/// ```swift
/// @Test func quotesMatchTheirBaseline() {
///     expectMatchesBaseline(PricingEngine.quote, baseline: Bundle.module.url(forResource: "quote", withExtension: "jsonl")!,
///                           tolerance: .absolute(0.005))
/// }
/// ```
public func expectMatchesBaseline<Input: Decodable, Output: Encodable>(
    _ function: (Input) throws -> Output,
    baseline url: URL,
    tolerance: NumericTolerance = .exact,
    record: Bool? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let failure = BaselineCheck.failure(
        of: function, baseline: url, tolerance: tolerance, record: record ?? BaselineCheck.recordingFromEnvironment)
    if let failure { Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation) }
}
