public import Foundation
public import Invariants

/// Real inputs for generation: the decodable inputs of a journal, a regression fixture or a review queue,
/// kept as their (redacted) JSON so that generation can draw them as they are or mutated.
///
/// Inputs are decoded with the input type's `Decodable` conformance, allowing redactions: a redacted string
/// field holds the placeholder `"[Filtered]"`, and an input whose redacted field is not a string (or that was
/// truncated, or captured only as text) does not decode and is left out (``skipped`` counts them).
///
/// ```swift
/// let corpus = try SeedCorpus<Cart>(contentsOf: URL(filePath: ".invariants/journal.jsonl"))
/// let gen = Gen<Cart>.cart.seeded(from: corpus)
/// ```
public struct SeedCorpus<Input: Decodable>: Sendable {
    /// Why a corpus could not be read.
    ///
    /// ```swift
    /// do { _ = try SeedCorpus<Cart>(contentsOf: url) } catch let error as SeedCorpus<Cart>.LoadError { print(error) }
    /// ```
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// The file or directory read.
        ///
        /// ```swift
        /// error.path        // "journal.jsonl"
        /// ```
        public var path: String
        /// What was wrong.
        ///
        /// ```swift
        /// error.reason      // "none of its 3 inputs decodes as Cart (first: …)"
        /// ```
        public var reason: String

        /// `"journal.jsonl: none of its 3 inputs decodes as Cart (…)"`.
        ///
        /// ```swift
        /// print(error)
        /// ```
        public var description: String { "\(path): \(reason)" }
    }

    /// The inputs that decode, as JSON.
    ///
    /// ```swift
    /// corpus.inputs.count       // 42
    /// ```
    public let inputs: [JSONValue]
    /// Inputs left out because they do not decode (truncated, text-only, or a non-string field redacted).
    ///
    /// ```swift
    /// corpus.skipped            // 1
    /// ```
    public let skipped: Int

    /// A corpus of the inputs of `cases` that decode as `Input`; throws when there are cases but none decodes.
    ///
    /// ```swift
    /// let corpus = try SeedCorpus<Cart>(cases: fixture.cases)
    /// ```
    public init(cases: [RegressionCase], source: String = "the cases") throws {
        var inputs: [JSONValue] = []
        var firstError: (any Error)?
        for regression in cases {
            do {
                _ = try regression.input.decode(Input.self, allowingRedactions: true)
                if let value = regression.input.value { inputs.append(value) }
            } catch {
                firstError = firstError ?? error
            }
        }
        if inputs.isEmpty, let firstError {
            throw LoadError(
                path: source,
                reason: "none of its \(cases.count) inputs decodes as \(Input.self) (first: \(firstError))"
            )
        }
        self.inputs = inputs
        self.skipped = cases.count - inputs.count
    }

    /// Reads a journal or regression fixture (JSON Lines of violation records or regression cases), or a
    /// review queue directory (its items' inputs).
    ///
    /// ```swift
    /// let corpus = try SeedCorpus<Cart>(contentsOf: URL(filePath: ".invariants/journal.jsonl"))
    /// ```
    public init(contentsOf url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LoadError(path: url.path, reason: "no such file or directory")
        }
        let cases: [RegressionCase]
        if isDirectory.boolValue {
            let items = try DirectoryReviewQueue(at: url).contents().items
            cases = items.enumerated().map { RegressionCase(id: "item \($0.offset + 1)", input: $0.element.input) }
        } else {
            cases = try RegressionFixture(contentsOf: url).cases
        }
        try self.init(cases: cases, source: url.path)
    }
}
