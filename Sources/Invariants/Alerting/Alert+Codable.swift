import Foundation

/// An alert is written with its property names as keys, `nil` ones omitted, dates as RFC 3339 strings,
/// the window as `windowSeconds`, and its ``Alert/summary``, which decoding ignores.
extension Alert: Codable {
    private enum CodingKeys: String, CodingKey {
        case state, ruleName, kind, groupKey, invariantIDs, count, windowSeconds, threshold, rate, origin
        case fingerprint, exampleEventID, firstSeen, lastSeen, raisedAt, summary
    }

    /// Decodes an alert written by ``encode(to:)``.
    ///
    /// ```swift
    /// let alert = try JSONDecoder().decode(Alert.self, from: body)   // a webhook receiver reading the payload's alert
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func date(_ key: CodingKeys) throws -> Date {
            let text = try container.decode(String.self, forKey: key)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "expected an RFC 3339 date, got '\(text)'")
            }
            return date
        }
        let seconds = try container.decodeIfPresent(Double.self, forKey: .windowSeconds)
        self.init(
            state: try container.decode(State.self, forKey: .state),
            ruleName: try container.decode(String.self, forKey: .ruleName),
            kind: try container.decode(Kind.self, forKey: .kind),
            groupKey: try container.decode(String.self, forKey: .groupKey),
            invariantIDs: try container.decode([String].self, forKey: .invariantIDs),
            count: try container.decode(Double.self, forKey: .count),
            window: seconds.map { Duration.milliseconds(Int64(($0 * 1_000).rounded())) },
            threshold: try container.decodeIfPresent(Double.self, forKey: .threshold),
            rate: try container.decodeIfPresent(Double.self, forKey: .rate),
            origin: try container.decode(CodeOrigin.self, forKey: .origin),
            fingerprint: try container.decode(String.self, forKey: .fingerprint),
            exampleEventID: try container.decode(String.self, forKey: .exampleEventID),
            firstSeen: try date(.firstSeen),
            lastSeen: try date(.lastSeen),
            raisedAt: try date(.raisedAt)
        )
    }

    /// Encodes the alert, omitting `nil` fields.
    ///
    /// ```swift
    /// let json = try JSONEncoder().encode(alert)   // {"count":5,"firstSeen":"2026-11-23T14:28:56.123Z",…}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(state, forKey: .state)
        try container.encode(ruleName, forKey: .ruleName)
        try container.encode(kind, forKey: .kind)
        try container.encode(groupKey, forKey: .groupKey)
        try container.encode(invariantIDs, forKey: .invariantIDs)
        try container.encode(count, forKey: .count)
        try container.encodeIfPresent(window?.timeInterval, forKey: .windowSeconds)
        try container.encodeIfPresent(threshold, forKey: .threshold)
        try container.encodeIfPresent(rate, forKey: .rate)
        try container.encode(origin, forKey: .origin)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(exampleEventID, forKey: .exampleEventID)
        try container.encode(RFC3339.string(from: firstSeen), forKey: .firstSeen)
        try container.encode(RFC3339.string(from: lastSeen), forKey: .lastSeen)
        try container.encode(RFC3339.string(from: raisedAt), forKey: .raisedAt)
        try container.encode(summary, forKey: .summary)
    }
}
