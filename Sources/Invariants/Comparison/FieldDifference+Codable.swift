/// A difference is written `{"path": "total", "old": 10.00, "new": 10.01}`; a side without the field is
/// omitted (a JSON `null` on that side is written `null`).
extension FieldDifference: Codable {
    private enum CodingKeys: String, CodingKey {
        case path, old, new
    }

    /// Decodes a difference; an absent `old` or `new` is `nil`, a `null` one is ``JSONValue/null``.
    ///
    /// ```swift
    /// let difference = try JSONDecoder().decode(FieldDifference.self, from: Data(#"{"path":"total","old":1,"new":2}"#.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(String.self, forKey: .path),
            old: container.contains(.old) ? .some(try container.decode(JSONValue.self, forKey: .old)) : .none,
            new: container.contains(.new) ? .some(try container.decode(JSONValue.self, forKey: .new)) : .none
        )
    }

    /// Encodes the difference, omitting an absent side.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(difference)   // {"new":2,"old":1,"path":"total"}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(old, forKey: .old)
        try container.encodeIfPresent(new, forKey: .new)
    }
}
