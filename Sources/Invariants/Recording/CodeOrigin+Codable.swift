import Foundation

/// An origin is written with its fields as keys, `nil` ones omitted, and `generatedAt` as an RFC 3339
/// string whatever the encoder's date strategy: `{"author": "generated", "model": "claude-x", …}`.
extension CodeOrigin: Codable {
    private enum CodingKeys: String, CodingKey {
        case author, model, promptVersion, promptHash, commit, generatedAt, reviewedBy
    }

    /// Decodes an origin; a missing `author` is `unknown`.
    ///
    /// ```swift
    /// let origin = try JSONDecoder().decode(CodeOrigin.self, from: Data(#"{"model":"model-x"}"#.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var generatedAt: Date?
        if let text = try container.decodeIfPresent(String.self, forKey: .generatedAt) {
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .generatedAt,
                    in: container,
                    debugDescription: "expected an RFC 3339 date, got '\(text)'"
                )
            }
            generatedAt = date
        }
        self.init(
            author: try container.decodeIfPresent(Author.self, forKey: .author) ?? .unknown,
            model: try container.decodeIfPresent(String.self, forKey: .model),
            promptVersion: try container.decodeIfPresent(String.self, forKey: .promptVersion),
            promptHash: try container.decodeIfPresent(String.self, forKey: .promptHash),
            commit: try container.decodeIfPresent(String.self, forKey: .commit),
            generatedAt: generatedAt,
            reviewedBy: try container.decodeIfPresent(String.self, forKey: .reviewedBy)
        )
    }

    /// Encodes the origin, omitting `nil` fields.
    ///
    /// ```swift
    /// let json = try JSONEncoder().encode(CodeOrigin.generated(by: "model-x"))
    /// // {"author":"generated","model":"model-x"}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(author, forKey: .author)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(promptVersion, forKey: .promptVersion)
        try container.encodeIfPresent(promptHash, forKey: .promptHash)
        try container.encodeIfPresent(commit, forKey: .commit)
        try container.encodeIfPresent(generatedAt.map(RFC3339.string(from:)), forKey: .generatedAt)
        try container.encodeIfPresent(reviewedBy, forKey: .reviewedBy)
    }
}
