import Foundation
import InvariantsTesting
import XCTest

/// `XCTAssertMatchesBaseline` under XCTest: failures are caught by overriding `recordFailure`.
final class XCTAssertMatchesBaselineTests: XCTestCase {
    private var captured: [String]?

    override func recordFailure(
        withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool
    ) {
        if captured != nil {
            captured?.append(description)
        } else {
            super.recordFailure(withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
        }
    }

    private func failures(_ body: () -> Void) -> [String] {
        captured = []
        body()
        defer { captured = nil }
        return captured ?? []
    }

    func testMatchesThenFailsOnceWithTheDiffThenReRecords() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xc-\(UUID().uuidString)/double.jsonl")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try Baseline.record({ (x: Int) in x * 2 }, over: .int(in: -50...50), count: 20, seed: 7, to: url)
        XCTAssertMatchesBaseline({ (x: Int) in x * 2 }, baseline: url, record: false)

        let changed = failures { XCTAssertMatchesBaseline({ (x: Int) in x * 2 + 1 }, baseline: url, record: false) }
        XCTAssertEqual(changed.count, 1)
        XCTAssertTrue(changed.first?.contains("20 of 20 pairs changed") == true, changed.first ?? "")
        XCTAssertTrue(changed.first?.contains("  - $: ") == true, changed.first ?? "")

        let rerecorded = failures { XCTAssertMatchesBaseline({ (x: Int) in x * 2 + 1 }, baseline: url, record: true) }
        XCTAssertEqual(rerecorded.count, 1)
        XCTAssertTrue(rerecorded.first?.contains("re-recorded baseline") == true, rerecorded.first ?? "")
        XCTAssertMatchesBaseline({ (x: Int) in x * 2 + 1 }, baseline: url, record: false)
    }
}
