import Foundation

/// A verdict is written `{"itemID": …, "reviewer": …, "label": "incorrect", "comment": …, "time": "2026-…Z"}`,
/// `comment` and `correction` (`{"expected": …, "fields": [{"path": …, "value": …}]}`) omitted when `nil`, and
/// `time` in RFC 3339 whatever the encoder's date strategy.
extension ReviewVerdict: Codable {
    private enum CodingKeys: String, CodingKey {
        case itemID, reviewer, label, comment, correction, time
    }

    /// Decodes a verdict; every field but `comment` and `correction` is required.
    ///
    /// ```swift
    /// let line = #"{"itemID":"3f2a","reviewer":"ann","label":"correct","time":"2026-01-05T10:00:00.000Z"}"#
    /// let verdict = try JSONDecoder().decode(ReviewVerdict.self, from: Data(line.utf8))   // comment == nil
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .time)
        guard let time = RFC3339.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .time, in: container, debugDescription: "expected an RFC 3339 date, got '\(text)'")
        }
        self.init(
            itemID: try container.decode(String.self, forKey: .itemID),
            reviewer: try container.decode(String.self, forKey: .reviewer),
            label: try container.decode(Label.self, forKey: .label),
            comment: try container.decodeIfPresent(String.self, forKey: .comment),
            correction: try container.decodeIfPresent(ReviewCorrection.self, forKey: .correction),
            time: time
        )
    }

    /// Encodes the verdict, omitting a `nil` comment.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .correct))
    /// // {"itemID":"…","reviewer":"ann","label":"correct","time":"2026-…Z"}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(itemID, forKey: .itemID)
        try container.encode(reviewer, forKey: .reviewer)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(comment, forKey: .comment)
        try container.encodeIfPresent(correction, forKey: .correction)
        try container.encode(RFC3339.string(from: time), forKey: .time)
    }
}
