public import Foundation
import XCTest

/// Replays the inputs captured in a fixture or journal through `function`, inside an XCTest test.
///
/// Fails at the caller with every case whose output breaks a rule again (or whose function throws), and
/// every case that could not be replayed, by id. Pass `allowSkipped: true` to accept undecodable cases.
/// A case exported from review is held to the reviewer's correction, numbers within `tolerance` (see
/// ``Replay``).
///
/// ```swift
/// func testReplay() throws {
///     XCTAssertInvariants(quoteRules, of: PricingEngine.quote, replaying: fixtureURL)
/// }
/// ```
public func XCTAssertInvariants<Input: Decodable, Output>(
    _ set: InvariantSet<Input, Output>,
    of function: (Input) throws -> Output,
    replaying url: URL,
    allowSkipped: Bool = false,
    tolerance: NumericTolerance = .exact,
    file: StaticString = #filePath,
    line: UInt = #line
) {
    let fixture: RegressionFixture
    do {
        fixture = try RegressionFixture(contentsOf: url)
    } catch {
        XCTFail("cannot read fixture: \(error)", file: file, line: line)
        return
    }
    let result = Replay.run(set, of: function, cases: fixture.cases, tolerance: tolerance)
    if !result.passed(allowingSkipped: allowSkipped) {
        XCTFail(result.description, file: file, line: line)
    }
}
