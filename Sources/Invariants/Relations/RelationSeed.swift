/// The seed of one randomised ``Metamorphic`` transform, kept in the record of a relation violation so a
/// replay builds exactly the same transformed input.
///
/// Written in JSON as 16 lowercase hex digits (a JSON number could not hold every 64-bit value exactly).
///
/// ```swift
/// record.comparison?.seed?.description   // "00000000deadbeef"
/// ```
public struct RelationSeed: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The seed's 64 bits.
    ///
    /// ```swift
    /// RelationSeed(42).value   // 42
    /// ```
    public let value: UInt64

    /// A seed of these 64 bits.
    ///
    /// ```swift
    /// var random = RelationRandom(seed: RelationSeed(42))
    /// ```
    public init(_ value: UInt64) {
        self.value = value
    }

    /// A seed from the system's random number generator.
    ///
    /// ```swift
    /// let seed = RelationSeed.random()
    /// ```
    public static func random() -> RelationSeed {
        var generator = SystemRandomNumberGenerator()
        return RelationSeed(generator.next())
    }

    /// The seed written as in records: `Optional("00000000deadbeef")`, or `nil` for text that is not 1 to 16
    /// hex digits.
    ///
    /// ```swift
    /// RelationSeed(hex: "2a")?.value   // 42
    /// ```
    public init?(hex: some StringProtocol) {
        guard (1...16).contains(hex.count), let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    /// 16 lowercase hex digits: `"000000000000002a"`.
    ///
    /// ```swift
    /// RelationSeed(42).description   // "000000000000002a"
    /// ```
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Decodes the 16 hex digits records carry.
    ///
    /// ```swift
    /// let seed = try JSONDecoder().decode(RelationSeed.self, from: Data("\"2a\"".utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let seed = RelationSeed(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a relation seed is 1 to 16 hex digits, got \"\(text)\"")
        }
        self = seed
    }

    /// Encodes the seed as 16 hex digits.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(RelationSeed(42))   // "000000000000002a"
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
