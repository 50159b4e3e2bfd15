/// A snapshot is written `{"value": …, "redactedPaths": […], "truncated": false, "byteCount": 123}`; `value`
/// and `text` are omitted when `nil` and `redactedPaths` when empty.
extension Snapshot: Codable {
    private enum CodingKeys: String, CodingKey {
        case value, text, redactedPaths, truncated, byteCount
    }

    /// Decodes a snapshot; missing `redactedPaths`, `truncated` and `byteCount` mean none, `false` and 0.
    ///
    /// ```swift
    /// let snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(#"{"value":{"total":12.5}}"#.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            // `.none`, not `nil`: `JSONValue` is `ExpressibleByNilLiteral`, so a bare `nil` here would be `.null`.
            value: container.contains(.value) ? .some(try container.decode(JSONValue.self, forKey: .value)) : .none,
            text: try container.decodeIfPresent(String.self, forKey: .text),
            redactedPaths: try container.decodeIfPresent([String].self, forKey: .redactedPaths) ?? [],
            truncated: try container.decodeIfPresent(Bool.self, forKey: .truncated) ?? false,
            byteCount: try container.decodeIfPresent(Int.self, forKey: .byteCount) ?? 0
        )
    }

    /// Encodes the snapshot in the journal's readable shape.
    ///
    /// ```swift
    /// try JSONEncoder().encode(Snapshot.capture(cart))   // {"byteCount":…,"truncated":false,"value":{…}}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(text, forKey: .text)
        if !redactedPaths.isEmpty { try container.encode(redactedPaths, forKey: .redactedPaths) }
        try container.encode(truncated, forKey: .truncated)
        try container.encode(byteCount, forKey: .byteCount)
    }
}
