/// The redacted capture of one value (a guarded function's input or output) kept in a violation record.
///
/// An `Encodable` value is kept as redacted JSON in ``value``; anything else as its redacted description
/// in ``text``. Secrets never reach any field: keys, paths and card numbers are redacted before the
/// value is measured or truncated.
///
/// ```swift
/// let snapshot = Snapshot.capture(cart)                  // default redaction, 16 KiB limit
/// snapshot.value?["customer"]?["email"]                  // .string("ann@example.com")
/// let replayed = try snapshot.decode(Cart.self)          // for regression tests
/// ```
public struct Snapshot: Sendable, Hashable {
    /// The redacted JSON of an `Encodable` value, or `nil` for a text capture or a truncated one.
    ///
    /// ```swift
    /// record.input.value?["lines"]?[0]?["sku"]   // .string("book")
    /// ```
    public var value: JSONValue?
    /// The redacted description of a value that is not `Encodable` (or failed to encode), or the first
    /// bytes of the redacted JSON when ``truncated`` is `true`.
    ///
    /// ```swift
    /// Snapshot.capture(NotEncodable()).text   // "NotEncodable()"
    /// ```
    public var text: String?
    /// The sorted paths that were redacted (see ``Redaction/redact(_:)``).
    ///
    /// ```swift
    /// record.input.redactedPaths   // ["customer.cardNumber"]
    /// ```
    public var redactedPaths: [String]
    /// Whether the capture exceeded its byte limit and ``text`` holds only its beginning.
    ///
    /// ```swift
    /// Snapshot.capture(bigCart, byteLimit: 64).truncated   // true
    /// ```
    public var truncated: Bool
    /// The size in UTF-8 bytes of the serialized redacted form, before any truncation.
    ///
    /// ```swift
    /// Snapshot.capture(cart).byteCount   // 133
    /// ```
    public var byteCount: Int

    /// Creates a snapshot from its parts; prefer ``capture(_:redaction:byteLimit:)``.
    ///
    /// ```swift
    /// let snapshot = Snapshot(value: ["total": 12.5], byteCount: 12)
    /// ```
    public init(
        value: JSONValue? = nil,
        text: String? = nil,
        redactedPaths: [String] = [],
        truncated: Bool = false,
        byteCount: Int = 0
    ) {
        self.value = value
        self.text = text
        self.redactedPaths = redactedPaths
        self.truncated = truncated
        self.byteCount = byteCount
    }
}
