public import Foundation

/// Pinned behaviour: the outputs a function gave for a fixed corpus of inputs, kept in a JSON Lines file
/// so that tomorrow's version of the function can be checked against today's.
///
/// The file's first line is a header with the baseline's name, its number of pairs and a SHA-256 content
/// hash of the pair lines that follow (one ``BaselinePair`` per line). Reading a file whose pairs do not
/// match its hash fails: a baseline is re-recorded, not edited by hand.
///
/// ```swift
/// let baseline = try Baseline.record(PricingEngine.quote, inputs: carts, to: URL(filePath: "Baselines/quote.jsonl"))
/// baseline.contentHash                       // "sha256:3b0c…"
/// let comparison = try baseline.rerun(PricingEngine.quote).compared(to: baseline)
/// comparison.isIdentical                     // true until the behaviour changes
/// ```
public struct Baseline: Sendable, Hashable {
    /// The version of the file format this library writes and reads.
    ///
    /// ```swift
    /// Baseline.currentSchema   // 1
    /// ```
    public static let currentSchema = 1

    /// The baseline's name, such as `pricing.quote`.
    ///
    /// ```swift
    /// try Baseline(contentsOf: url).name   // "quote" for Baselines/quote.jsonl
    /// ```
    public var name: String
    /// The pinned pairs, in order.
    ///
    /// ```swift
    /// baseline.pairs.count   // 300
    /// ```
    public var pairs: [BaselinePair]
    /// Where the baseline was read from or written to, if anywhere: errors name it.
    ///
    /// ```swift
    /// baseline.url?.lastPathComponent   // "quote.jsonl"
    /// ```
    public var url: URL?

    /// Creates a baseline from its pairs.
    ///
    /// ```swift
    /// let baseline = Baseline(name: "double", pairs: [BaselinePair(index: 0, input: 2, output: 4)])
    /// ```
    public init(name: String, pairs: [BaselinePair], url: URL? = nil) {
        self.name = name
        self.pairs = pairs
        self.url = url
    }

    /// `sha256:` and the SHA-256 of the pair lines, each followed by a newline.
    ///
    /// ```swift
    /// baseline.contentHash   // "sha256:9f86d081884c7d65…"
    /// ```
    public var contentHash: String {
        var hash = SHA256()
        for pair in pairs {
            hash.update(pair.jsonLine.utf8)
            hash.update(CollectionOfOne(0x0A))
        }
        return "sha256:" + hash.hexDigest()
    }

    /// The file's text: the header line, then one line per pair.
    ///
    /// ```swift
    /// try baseline.fileText.write(to: url, atomically: true, encoding: .utf8)
    /// ```
    public var fileText: String {
        let header: JSONValue = [
            "baseline": .string(name), "contentHash": .string(contentHash),
            "pairs": .number(String(pairs.count)), "schema": .number(String(Self.currentSchema)),
        ]
        return ([header.serialized()] + pairs.map(\.jsonLine)).joined(separator: "\n") + "\n"
    }

    /// Writes the baseline to `url`, creating its folder, replacing any file there.
    ///
    /// ```swift
    /// try baseline.write(to: URL(filePath: "Baselines/quote.jsonl"))
    /// ```
    public func write(to url: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileText.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw BaselineError(path: url.path, reason: "cannot write the baseline: \(error.localizedDescription)")
        }
    }
}
