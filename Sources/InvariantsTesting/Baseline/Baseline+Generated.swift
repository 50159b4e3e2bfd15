public import Foundation

extension Baseline {
    /// Records a baseline over `count` inputs drawn from `gen` with a fixed `seed`: the same inputs on every
    /// run, so the file changes only when the function's behaviour does.
    ///
    /// ```swift
    /// try Baseline.record(PricingEngine.quote, over: .cart, count: 200, seed: 42,
    ///                     to: URL(filePath: "Tests/Baselines/quote.jsonl"))
    /// ```
    @discardableResult
    public static func record<Input: Encodable, Output: Encodable>(
        _ function: (Input) throws -> Output,
        over gen: Gen<Input>,
        count: Int = 100,
        seed: UInt64 = 0,
        to url: URL,
        name: String? = nil
    ) throws -> Baseline {
        try record(function, inputs: gen.sample(count: count, seed: seed), to: url, name: name)
    }

    /// Records a baseline over the inputs captured in a fixture or journal (see ``RegressionFixture``), in
    /// file order.
    ///
    /// ```swift
    /// try Baseline.record(PricingEngine.quote, replaying: URL(filePath: "Tests/Fixtures/quotes.jsonl"),
    ///                     to: URL(filePath: "Tests/Baselines/quote.jsonl"))
    /// ```
    /// - Throws: the fixture's ``RegressionFixture/LineError``, or ``BaselineError`` naming a case whose
    ///   input does not decode (a redacted or truncated capture cannot be pinned).
    @discardableResult
    public static func record<Input: Codable, Output: Encodable>(
        _ function: (Input) throws -> Output,
        replaying fixture: URL,
        to url: URL,
        name: String? = nil
    ) throws -> Baseline {
        let cases = try RegressionFixture(contentsOf: fixture).cases
        let inputs = try cases.map { regressionCase in
            do {
                return try regressionCase.input.decode(Input.self)
            } catch {
                throw BaselineError(
                    path: fixture.path, reason: "case \(regressionCase.id): the input cannot be pinned: \(error)")
            }
        }
        return try record(function, inputs: inputs, to: url, name: name)
    }
}
