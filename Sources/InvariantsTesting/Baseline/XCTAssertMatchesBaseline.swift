public import Foundation
import XCTest

/// Re-runs `function` on every input pinned in the baseline at `url` and fails once, listing every pair
/// whose result differs with a `-`/`+` line per field, inside an XCTest test.
///
/// Numbers are compared within `tolerance`. Set `INVARIANTS_RECORD_BASELINES=1` (or pass `record: true`) to
/// re-record the file on purpose: the test then fails once saying so and passes on the next run.
///
/// ```swift
/// func testQuotesMatchTheirBaseline() {
///     XCTAssertMatchesBaseline(PricingEngine.quote, baseline: baselineURL, tolerance: .relative(0.0001))
/// }
/// ```
public func XCTAssertMatchesBaseline<Input: Decodable, Output: Encodable>(
    _ function: (Input) throws -> Output,
    baseline url: URL,
    tolerance: NumericTolerance = .exact,
    record: Bool? = nil,
    file: StaticString = #filePath,
    line: UInt = #line
) {
    let failure = BaselineCheck.failure(
        of: function, baseline: url, tolerance: tolerance, record: record ?? BaselineCheck.recordingFromEnvironment)
    if let failure { XCTFail(failure, file: file, line: line) }
}
