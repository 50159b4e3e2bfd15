public import Foundation

/// The cases of a JSON Lines fixture or journal, read for replay.
///
/// Each line is a ``RegressionCase`` or a ``ViolationRecord``. A line that is neither is an error naming
/// the file and line: a fixture is code, and a broken one should not pass quietly.
///
/// ```swift
/// let fixture = try RegressionFixture(contentsOf: URL(filePath: "Tests/Fixtures/pricing-regressions.jsonl"))
/// let result = Replay.run(quoteRules, of: PricingEngine.quote, cases: fixture.cases)
/// ```
public struct RegressionFixture: Sendable {
    /// A line of the fixture that could not be read.
    ///
    /// ```swift
    /// do { _ = try RegressionFixture(contentsOf: url) } catch let error as RegressionFixture.LineError {
    ///     print(error)
    /// }
    /// ```
    public struct LineError: Error, CustomStringConvertible, Sendable {
        /// The fixture's path.
        ///
        /// ```swift
        /// error.path   // "fixtures/quotes.jsonl"
        /// ```
        public let path: String
        /// The 1-based line number.
        ///
        /// ```swift
        /// error.line   // 3
        /// ```
        public let line: Int
        /// What was wrong.
        ///
        /// ```swift
        /// error.reason   // "not a regression case or violation record (…)"
        /// ```
        public let reason: String

        /// `"fixtures/quotes.jsonl:3: not a regression case or violation record (…)"`.
        ///
        /// ```swift
        /// print(error)   // fixtures/quotes.jsonl:3: not a regression case or violation record (…)
        /// ```
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// The cases, in file order.
    ///
    /// ```swift
    /// fixture.cases.map(\.invariantID)   // ["pricing.quote/exempt-pays-no-tax", …]
    /// ```
    public let cases: [RegressionCase]

    /// Reads every case of the file at `url`.
    ///
    /// ```swift
    /// let fixture = try RegressionFixture(contentsOf: Bundle.module.url(forResource: "quotes", withExtension: "jsonl")!)
    /// ```
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        var cases: [RegressionCase] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let data = Data(trimmed.utf8)
            if let record = try? decoder.decode(ViolationRecord.self, from: data) {
                cases.append(RegressionCase(record))
                continue
            }
            do {
                cases.append(try decoder.decode(RegressionCase.self, from: data))
            } catch {
                throw LineError(
                    path: url.path, line: index + 1,
                    reason: "not a regression case or violation record (\(Self.describe(error)))")
            }
        }
        self.cases = cases
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case .keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "field '\(path)': \(context.debugDescription)"
        @unknown default: return String(describing: decoding)
        }
    }
}
