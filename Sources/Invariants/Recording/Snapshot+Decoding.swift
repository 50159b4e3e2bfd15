import Foundation

extension Snapshot {
    /// Why a snapshot cannot be decoded back into the value it captured.
    ///
    /// ```swift
    /// do { _ = try snapshot.decode(Cart.self) } catch let error as Snapshot.DecodeError { print(error) }
    /// ```
    public enum DecodeError: Error, CustomStringConvertible, Sendable, Hashable {
        /// The value was not `Encodable` (or failed to encode): only its description was kept.
        ///
        /// ```swift
        /// try Snapshot.capture(NotEncodable()).decode(NotEncodable.self)   // throws .noValue
        /// ```
        case noValue
        /// The value exceeded the byte limit and only the beginning of its JSON was kept.
        ///
        /// ```swift
        /// try Snapshot.capture(bigCart, byteLimit: 64).decode(Cart.self)   // throws .truncated(byteCount: …)
        /// ```
        case truncated(byteCount: Int)
        /// Parts of the value were replaced by the redaction placeholder.
        ///
        /// ```swift
        /// try Snapshot.capture(login).decode(Login.self)   // throws .redacted(paths: ["password"])
        /// ```
        case redacted(paths: [String])

        /// A sentence saying why the snapshot cannot be decoded.
        ///
        /// ```swift
        /// print(Snapshot.DecodeError.redacted(paths: ["password"]))   // the snapshot had redactions at password
        /// ```
        public var description: String {
            switch self {
            case .noValue:
                "the snapshot holds no JSON value, only a text description"
            case .truncated(let byteCount):
                "the snapshot was truncated (its JSON was \(byteCount) bytes)"
            case .redacted(let paths):
                "the snapshot had redactions at \(paths.joined(separator: ", "))"
            }
        }
    }

    /// Decodes the captured value with a default `JSONDecoder`, for example to replay a recorded input.
    ///
    /// ```swift
    /// let cart = try record.input.decode(Cart.self)
    /// ```
    /// - Parameters:
    ///   - type: The type the value was captured from, such as `Cart.self`.
    ///   - allowingRedactions: Decode even if parts were redacted, with the placeholder
    ///     `"[Filtered]"` standing in for them (replay does this: a secret rarely decides a business rule,
    ///     and a redacted field that is not a string still fails to decode).
    /// - Throws: ``DecodeError`` when the snapshot holds no value, was truncated, or had redactions that
    ///   were not allowed; otherwise whatever `JSONDecoder` throws.
    public func decode<T: Decodable>(_ type: T.Type, allowingRedactions: Bool = false) throws -> T {
        if truncated { throw DecodeError.truncated(byteCount: byteCount) }
        guard let value else { throw DecodeError.noValue }
        guard allowingRedactions || redactedPaths.isEmpty else { throw DecodeError.redacted(paths: redactedPaths) }
        return try JSONDecoder().decode(T.self, from: Data(value.serialized().utf8))
    }
}
