public import Foundation

extension Baseline {
    /// Runs `function` on every input and writes the input → output pairs to `url` (JSON Lines with a
    /// content hash), replacing any file there. A thrown error is pinned as the pair's result.
    ///
    /// ```swift
    /// let carts = try JSONDecoder().decode([Cart].self, from: Data(contentsOf: fixtureURL))
    /// try Baseline.record(PricingEngine.quote, inputs: carts, to: URL(filePath: "Baselines/quote.jsonl"))
    /// ```
    ///
    /// - Parameters:
    ///   - name: The baseline's name; the file's name without its extension by default.
    /// - Throws: ``BaselineError`` when an input or output cannot be encoded as JSON, or the file cannot be written.
    @discardableResult
    public static func record<Input: Encodable, Output: Encodable>(
        _ function: (Input) throws -> Output,
        inputs: some Sequence<Input>,
        to url: URL,
        name: String? = nil
    ) throws -> Baseline {
        var pairs: [BaselinePair] = []
        for input in inputs {
            let index = pairs.count
            let encodedInput: JSONValue
            do {
                encodedInput = try JSONValue.encoding(input)
            } catch {
                throw BaselineError(path: url.path, reason: "input \(index) cannot be encoded as JSON: \(error)")
            }
            pairs.append(try pair(index, encodedInput, url) { try function(input) })
        }
        let baseline = Baseline(
            name: name ?? url.deletingPathExtension().lastPathComponent, pairs: pairs, url: url)
        try baseline.write(to: url)
        return baseline
    }

    /// Runs `function` again on every pinned input: a baseline of the same inputs with today's outputs.
    ///
    /// ```swift
    /// let today = try pinned.rerun(PricingEngine.quote)
    /// let comparison = today.compared(to: pinned, tolerance: .absolute(0.01))
    /// ```
    /// - Throws: ``BaselineError`` naming the line of an input that no longer decodes as `Input`.
    public func rerun<Input: Decodable, Output: Encodable>(_ function: (Input) throws -> Output) throws -> Baseline {
        let path = url?.path ?? name
        let decoder = JSONDecoder()
        var rerun = self
        for (position, pinned) in pairs.enumerated() {
            let input: Input
            do {
                input = try decoder.decode(Input.self, from: Data(pinned.input.serialized().utf8))
            } catch {
                throw BaselineError(
                    path: path, line: position + 2,
                    reason: "the pinned input does not decode as \(Input.self): \(error)")
            }
            rerun.pairs[position] = try Self.pair(pinned.index, pinned.input, url) { try function(input) }
        }
        return rerun
    }

    private static func pair<Output: Encodable>(
        _ index: Int, _ input: JSONValue, _ url: URL?, _ run: () throws -> Output
    ) throws -> BaselinePair {
        let output: Output
        do {
            output = try run()
        } catch {
            return BaselinePair(index: index, input: input, error: String(describing: error))
        }
        do {
            return BaselinePair(index: index, input: input, output: try JSONValue.encoding(output))
        } catch {
            throw BaselineError(
                path: url?.path ?? "baseline",
                reason: "the output for input \(index) cannot be encoded as JSON: \(error)")
        }
    }
}
