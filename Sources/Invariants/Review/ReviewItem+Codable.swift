import Foundation

/// An item is written with its fields as keys, `createdAt` in RFC 3339 and `verdicts` omitted when empty (as in
/// the queue's items file). ``ReviewItem/status`` is derived from the verdicts, so it is not written.
extension ReviewItem: Codable {
    /// The version of the item format; a line of another schema is refused.
    static let currentSchema = 1

    private enum CodingKeys: String, CodingKey {
        case schema, id, queue, setID, input, output, outcome, origin, callSite, context, createdAt, verdicts
    }

    /// Decodes an item; `verdicts`, `origin` and `context` may be absent.
    ///
    /// ```swift
    /// let item = try JSONDecoder().decode(ReviewItem.self, from: Data(line.utf8))   // one line of the items file
    /// item.verdicts   // [] when the line has no "verdicts"
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(Int.self, forKey: .schema)
        guard schema == Self.currentSchema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "unsupported ReviewItem schema \(schema); this version reads \(Self.currentSchema)")
        }
        let text = try container.decode(String.self, forKey: .createdAt)
        guard let createdAt = RFC3339.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .createdAt, in: container, debugDescription: "expected an RFC 3339 date, got '\(text)'")
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            queue: try container.decode(String.self, forKey: .queue),
            setID: try container.decode(String.self, forKey: .setID),
            input: try container.decode(Snapshot.self, forKey: .input),
            output: try container.decode(Snapshot.self, forKey: .output),
            outcome: try container.decode(ReviewOutcome.self, forKey: .outcome),
            origin: try container.decodeIfPresent(CodeOrigin.self, forKey: .origin) ?? .unknown,
            callSite: try container.decode(CallSite.self, forKey: .callSite),
            context: try container.decodeIfPresent(InvariantContext.self, forKey: .context) ?? InvariantContext(),
            createdAt: createdAt,
            verdicts: try container.decodeIfPresent([ReviewVerdict].self, forKey: .verdicts) ?? []
        )
    }

    /// Encodes the item.
    ///
    /// ```swift
    /// let line = try JSONEncoder().encode(item)   // {"schema":1,"id":"…","queue":"review",…}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.currentSchema, forKey: .schema)
        try container.encode(id, forKey: .id)
        try container.encode(queue, forKey: .queue)
        try container.encode(setID, forKey: .setID)
        try container.encode(input, forKey: .input)
        try container.encode(output, forKey: .output)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(origin, forKey: .origin)
        try container.encode(callSite, forKey: .callSite)
        try container.encode(context, forKey: .context)
        try container.encode(RFC3339.string(from: createdAt), forKey: .createdAt)
        if !verdicts.isEmpty { try container.encode(verdicts, forKey: .verdicts) }
    }
}
