/// The detail is written with its property names as keys; `nil` fields are omitted.
extension ComparisonDetail: Codable {
    enum CodingKeys: String, CodingKey {
        case candidateOutput, differences, controlOrigin, controlMilliseconds, candidateMilliseconds
        case candidateError, timedOut, transformedInput, seed
    }

    /// Decodes a detail; absent fields are `nil`, no differences, an unknown origin and `false`.
    ///
    /// ```swift
    /// let detail = try JSONDecoder().decode(ComparisonDetail.self, from: data)
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            candidateOutput: try container.decodeIfPresent(Snapshot.self, forKey: .candidateOutput),
            differences: try container.decodeIfPresent([FieldDifference].self, forKey: .differences) ?? [],
            controlOrigin: try container.decodeIfPresent(CodeOrigin.self, forKey: .controlOrigin) ?? .unknown,
            controlMilliseconds: try container.decodeIfPresent(Double.self, forKey: .controlMilliseconds),
            candidateMilliseconds: try container.decodeIfPresent(Double.self, forKey: .candidateMilliseconds),
            candidateError: try container.decodeIfPresent(String.self, forKey: .candidateError),
            timedOut: try container.decodeIfPresent(Bool.self, forKey: .timedOut) ?? false,
            transformedInput: try container.decodeIfPresent(Snapshot.self, forKey: .transformedInput),
            seed: try container.decodeIfPresent(RelationSeed.self, forKey: .seed)
        )
    }

    /// Encodes the detail in the journal's format.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(detail)
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(candidateOutput, forKey: .candidateOutput)
        try container.encode(differences, forKey: .differences)
        try container.encode(controlOrigin, forKey: .controlOrigin)
        try container.encodeIfPresent(controlMilliseconds, forKey: .controlMilliseconds)
        try container.encodeIfPresent(candidateMilliseconds, forKey: .candidateMilliseconds)
        try container.encodeIfPresent(candidateError, forKey: .candidateError)
        try container.encode(timedOut, forKey: .timedOut)
        try container.encodeIfPresent(transformedInput, forKey: .transformedInput)
        try container.encodeIfPresent(seed, forKey: .seed)
    }
}
