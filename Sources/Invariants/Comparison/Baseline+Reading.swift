public import Foundation

extension Baseline {
    /// Reads a baseline file written by ``write(to:)`` or ``record(_:inputs:to:name:)``.
    ///
    /// ```swift
    /// let baseline = try Baseline(contentsOf: URL(filePath: "Baselines/quote.jsonl"))
    /// ```
    /// - Throws: ``BaselineError`` naming the file and line: not JSON, a missing or wrong field, a count or
    ///   content hash that does not match the pairs, a schema this version does not read.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw BaselineError(path: url.path, reason: "cannot read the baseline: \(error.localizedDescription)")
        }
        try self.init(text: text, url: url)
    }

    /// Reads a baseline from the text of its file; `url` names it in errors.
    init(text: String, url: URL) throws {
        func fail(_ line: Int?, _ reason: String) -> BaselineError {
            BaselineError(path: url.path, line: line, reason: reason)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let headerLine = lines.first else { throw fail(nil, "empty file: expected a baseline header line") }
        let header = try Self.object(headerLine, line: 1, url: url)
        guard case .number(let schemaText)? = header["schema"], let schema = Int(schemaText) else {
            throw fail(1, "not a baseline header: field 'schema' is missing or not an integer")
        }
        guard schema == Self.currentSchema else {
            throw fail(1, "unsupported baseline schema \(schema); this version reads schema \(Self.currentSchema)")
        }
        guard case .string(let name)? = header["baseline"] else {
            throw fail(1, "not a baseline header: field 'baseline' is missing or not a string")
        }
        guard case .string(let hash)? = header["contentHash"] else {
            throw fail(1, "not a baseline header: field 'contentHash' is missing or not a string")
        }
        guard case .number(let countText)? = header["pairs"], let count = Int(countText) else {
            throw fail(1, "not a baseline header: field 'pairs' is missing or not an integer")
        }
        var pairs: [BaselinePair] = []
        for (offset, line) in lines.dropFirst().enumerated() {
            let number = offset + 2
            let members = try Self.object(line, line: number, url: url)
            guard case .number(let indexText)? = members["index"], let index = Int(indexText) else {
                throw fail(number, "field 'index' is missing or not an integer")
            }
            guard let input = members["input"] else { throw fail(number, "field 'input' is missing") }
            var error: String?
            if let value = members["error"] {
                guard case .string(let text) = value else { throw fail(number, "field 'error' is not a string") }
                error = text
            }
            guard members["output"] != nil || error != nil else {
                throw fail(number, "a pair needs an 'output' or an 'error'")
            }
            pairs.append(BaselinePair(index: index, input: input, output: members["output"], error: error))
        }
        guard pairs.count == count else {
            throw fail(1, "the header counts \(count) pairs but the file holds \(pairs.count)")
        }
        self.init(name: name, pairs: pairs, url: url)
        guard contentHash == hash else {
            throw fail(
                1,
                "content hash \(hash) does not match the pairs (\(contentHash)): the file was edited or cut; "
                    + "re-record it instead")
        }
    }

    private static func object(_ line: String, line number: Int, url: URL) throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: line)
        } catch {
            throw BaselineError(path: url.path, line: number, reason: "not valid JSON: \(error)")
        }
        guard case .object(let members) = value else {
            throw BaselineError(path: url.path, line: number, reason: "expected a JSON object")
        }
        return members
    }
}
