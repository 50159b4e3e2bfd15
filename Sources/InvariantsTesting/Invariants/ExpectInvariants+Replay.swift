public import Foundation
public import Testing

/// Replays the inputs captured in a fixture or journal through `function`, inside a Swift Testing test.
///
/// Records one issue listing every case whose output breaks a rule again (or whose function throws),
/// and every case that could not be replayed, by id: a fixture that cannot be read or a case whose
/// input does not decode fails the test rather than passing silently, and so does a fixture in which
/// no case could be checked. Cases captured for other sets' rules are ignored (a journal holds every
/// set's); a case of a rule this set no longer has is skipped. Pass `allowSkipped: true` to accept
/// skipped cases (they are still listed when something else fails). A case exported from review fails
/// while the output is still the one judged wrong or differs from the reviewer's correction (numbers
/// within `tolerance`), and a missed bug with neither a rule nor a correction fails until one is written.
///
/// ```swift
/// @Test func capturedQuotesStayFixed() async {
///     await expectInvariants(quoteRules, of: PricingEngine.quote, replaying: fixtureURL)
/// }
/// ```
public func expectInvariants<Input: Decodable, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) async throws -> Output,
    replaying url: URL,
    allowSkipped: Bool = false,
    tolerance: NumericTolerance = .exact,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    let fixture: RegressionFixture
    do {
        fixture = try RegressionFixture(contentsOf: url)
    } catch {
        Issue.record(Comment(rawValue: "cannot read fixture: \(error)"), sourceLocation: sourceLocation)
        return
    }
    let result = await Replay.run(set, of: function, cases: fixture.cases, tolerance: tolerance)
    if !result.passed(allowingSkipped: allowSkipped) {
        Issue.record(Comment(rawValue: result.description), sourceLocation: sourceLocation)
    }
}
