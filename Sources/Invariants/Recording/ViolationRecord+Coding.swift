import Foundation

/// A record is written with its property names as keys, plus the derived `invariantID` and
/// `adjustedCount`; `owner`, `ruleError` and `comparison` are omitted when `nil`. `timestamp` is always an RFC 3339 UTC
/// string with milliseconds (`2026-11-23T14:28:56.123Z`) whatever the encoder's date strategy; decoding
/// accepts it with or without fractional seconds. A record of a newer `schema` is refused.
extension ViolationRecord: Codable {
    /// The JSON keys: the property names, plus `invariantID` and `adjustedCount`.
    enum CodingKeys: String, CodingKey {
        case schema, eventID, timestamp, invariantID, setID, ruleID, severity, owner, tags, message, ruleError
        case input, output, origin, callSite, fingerprint, context, samplingRate, adjustedCount, comparison
    }

    /// Decodes a record of schema 1.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the `schema` field when the record was written by a
    ///   newer (or unknown) version of the format, or the `timestamp` field when it is not RFC 3339.
    ///
    /// ```swift
    /// let record = try JSONDecoder().decode(ViolationRecord.self, from: Data(line.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(Int.self, forKey: .schema)
        guard schema == Self.currentSchema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema,
                in: container,
                debugDescription: "unsupported ViolationRecord schema \(schema); this version of swift-invariants "
                    + "reads schema \(Self.currentSchema)"
            )
        }
        let timestampText = try container.decode(String.self, forKey: .timestamp)
        guard let timestamp = RFC3339.date(from: timestampText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .timestamp,
                in: container,
                debugDescription:
                    "expected an RFC 3339 timestamp such as 2026-11-23T14:28:56.123Z, got '\(timestampText)'"
            )
        }
        self.init(
            eventID: try container.decode(String.self, forKey: .eventID),
            timestamp: timestamp,
            setID: try container.decode(String.self, forKey: .setID),
            ruleID: try container.decode(String.self, forKey: .ruleID),
            severity: try container.decode(Severity.self, forKey: .severity),
            owner: try container.decodeIfPresent(String.self, forKey: .owner),
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? [],
            message: try container.decode(String.self, forKey: .message),
            ruleError: try container.decodeIfPresent(String.self, forKey: .ruleError),
            input: try container.decode(Snapshot.self, forKey: .input),
            output: try container.decode(Snapshot.self, forKey: .output),
            origin: try container.decodeIfPresent(CodeOrigin.self, forKey: .origin) ?? .unknown,
            callSite: try container.decode(CallSite.self, forKey: .callSite),
            fingerprint: try container.decode(String.self, forKey: .fingerprint),
            context: try container.decodeIfPresent(InvariantContext.self, forKey: .context) ?? InvariantContext(),
            samplingRate: try container.decodeIfPresent(Double.self, forKey: .samplingRate) ?? 1,
            comparison: try container.decodeIfPresent(ComparisonDetail.self, forKey: .comparison)
        )
    }

    /// Encodes the record in the journal's format.
    ///
    /// ```swift
    /// let encoder = JSONEncoder()
    /// encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    /// let line = try encoder.encode(record)   // the same bytes as record.jsonLine()
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(eventID, forKey: .eventID)
        try container.encode(RFC3339.string(from: timestamp), forKey: .timestamp)
        try container.encode(invariantID, forKey: .invariantID)
        try container.encode(setID, forKey: .setID)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(severity, forKey: .severity)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encode(tags, forKey: .tags)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(ruleError, forKey: .ruleError)
        try container.encode(input, forKey: .input)
        try container.encode(output, forKey: .output)
        try container.encode(origin, forKey: .origin)
        try container.encode(callSite, forKey: .callSite)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(context, forKey: .context)
        try container.encode(samplingRate, forKey: .samplingRate)
        try container.encode(adjustedCount, forKey: .adjustedCount)
        try container.encodeIfPresent(comparison, forKey: .comparison)
    }
}
