public import Foundation

extension CodeOrigin {
    /// Why an `.ai-trace.json` sidecar file could not be read; the description starts with the file's path.
    ///
    /// ```
    /// Pricing/invariants.ai-trace.json: field 'generatedAt': expected an RFC 3339 date, got 'yesterday'
    /// ```
    public struct SidecarError: Error, CustomStringConvertible, Sendable, Hashable {
        /// The path of the sidecar file.
        ///
        /// ```swift
        /// error.path   // "Pricing/invariants.ai-trace.json"
        /// ```
        public let path: String
        /// What is wrong, such as `field 'model': expected a string, got a number`.
        ///
        /// ```swift
        /// error.message   // "field 'generatedAt': expected an RFC 3339 date, got 'yesterday'"
        /// ```
        public let message: String

        /// Creates an error about the file at `path`.
        ///
        /// ```swift
        /// throw CodeOrigin.SidecarError(path: url.path, message: "expected a JSON object")
        /// ```
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        /// `path: message`.
        ///
        /// ```swift
        /// print(error)   // Pricing/invariants.ai-trace.json: field 'generatedAt': expected an RFC 3339 date, …
        /// ```
        public var description: String { "\(path): \(message)" }
    }

    /// Reads the origin from an `.ai-trace.json` sidecar file written next to generated code:
    ///
    /// ```json
    /// {"model": "claude-x", "promptVersion": "v3", "promptHash": "sha256:ab12…",
    ///  "generatedAt": "2026-11-20T10:00:00Z", "reviewedBy": "dana", "commit": "1a2b3c4"}
    /// ```
    ///
    /// Every field is optional; `author` (`human`, `generated` or `unknown`) defaults to `generated` when
    /// `model` is present and `unknown` otherwise. Unknown fields are ignored. `generatedAt` is an RFC 3339
    /// date, with or without fractional seconds.
    ///
    /// - Throws: ``SidecarError`` naming the file and the line and column of malformed JSON, or the field
    ///   whose value is wrong.
    public init(sidecar url: URL) throws {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SidecarError(path: path, message: "cannot read the file (\(error.localizedDescription))")
        }
        let document: JSONValue
        do {
            document = try JSONValue(parsing: data)
        } catch {
            throw SidecarError(path: path, message: String(describing: error))
        }
        guard case .object(let fields) = document else {
            throw SidecarError(path: path, message: "expected a JSON object")
        }
        func string(_ name: String) throws -> String? {
            switch fields[name] {
            case nil, .null?: return nil
            case .string(let text)?: return text
            case let other?:
                throw SidecarError(
                    path: path, message: "field '\(name)': expected a string, got \(Self.kind(of: other))")
            }
        }
        let model = try string("model")
        var author: Author = model == nil ? .unknown : .generated
        if let text = try string("author") {
            guard let parsed = Author(rawValue: text) else {
                throw SidecarError(
                    path: path,
                    message: "field 'author': expected 'human', 'generated' or 'unknown', got '\(text)'"
                )
            }
            author = parsed
        }
        var generatedAt: Date?
        if let text = try string("generatedAt") {
            guard let date = RFC3339.date(from: text) else {
                throw SidecarError(path: path, message: "field 'generatedAt': expected an RFC 3339 date, got '\(text)'")
            }
            generatedAt = date
        }
        self.init(
            author: author,
            model: model,
            promptVersion: try string("promptVersion"),
            promptHash: try string("promptHash"),
            commit: try string("commit"),
            generatedAt: generatedAt,
            reviewedBy: try string("reviewedBy")
        )
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
