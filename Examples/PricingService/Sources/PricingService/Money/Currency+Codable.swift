/// A currency is written as its ISO code; decoding an unsupported code fails with the code in the error.
///
/// ```swift
/// try JSONDecoder().decode([Currency].self, from: Data(#"["EUR","JPY"]"#.utf8))
/// ```
extension Currency: Codable {
    /// Decodes a currency from its code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        do {
            try self.init(code: code)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
