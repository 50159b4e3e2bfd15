import Foundation

extension Snapshot {
    /// The default byte limit of a capture: 16 KiB of serialized JSON.
    ///
    /// ```swift
    /// InvariantMonitor(snapshotByteLimit: Snapshot.defaultByteLimit * 4)   // 64 KiB captures
    /// ```
    public static let defaultByteLimit = 16_384

    /// Captures `value`, redacted, for a violation record.
    ///
    /// An `Encodable` value is captured as the JSON a default `JSONEncoder` gives for it (no custom
    /// strategies, so it decodes again with a default `JSONDecoder`), redacted. Any other value, or one whose
    /// encoding throws, is captured as its `String(describing:)` (prefixed with `<unencodable: ERROR> ` in the
    /// second case) with ``Redaction/redact(text:)`` applied. When the serialized result exceeds
    /// `byteLimit` UTF-8 bytes, ``value`` is `nil`, ``text`` holds its first `byteLimit` bytes (cut at a
    /// character boundary) and ``truncated`` is `true`.
    ///
    /// The value is encoded straight into a ``JSONValue`` (no JSON text is written or parsed), then
    /// redacted and measured in one walk each; call it on the failure path only.
    ///
    /// ```swift
    /// let snapshot = Snapshot.capture(cart, redaction: .default.addingPaths("customer.email"))
    /// ```
    public static func capture<T>(
        _ value: T,
        redaction: Redaction = .default,
        byteLimit: Int = Snapshot.defaultByteLimit
    ) -> Snapshot {
        guard let encodable = value as? any Encodable else {
            return textSnapshot(String(describing: value), redaction, byteLimit)
        }
        guard let encoded = try? JSONValueEncoder.encode(encodable) else {
            // Rare: let JSONEncoder fail, so the text names its error exactly as it always did.
            return captureThroughJSONEncoder(value, redaction: redaction, byteLimit: byteLimit)
        }
        return jsonSnapshot(encoded, redaction, byteLimit)
    }

    /// What ``capture(_:redaction:byteLimit:)`` did before ``JSONValueEncoder``: encode with `JSONEncoder`,
    /// parse, redact, serialize to measure. Kept for encoding errors and as the reference the fast path is
    /// tested against.
    static func captureThroughJSONEncoder<T>(
        _ value: T,
        redaction: Redaction = .default,
        byteLimit: Int = Snapshot.defaultByteLimit
    ) -> Snapshot {
        guard let encodable = value as? any Encodable else {
            return textSnapshot(String(describing: value), redaction, byteLimit)
        }
        do {
            let (redacted, paths) = redaction.redact(try JSONValue.encoding(encodable))
            let serialized = redacted.serialized()
            let byteCount = serialized.utf8.count
            if byteCount <= byteLimit {
                return Snapshot(value: redacted, redactedPaths: paths, byteCount: byteCount)
            }
            return Snapshot(
                text: prefix(of: serialized, bytes: byteLimit),
                redactedPaths: paths,
                truncated: true,
                byteCount: byteCount
            )
        } catch {
            return textSnapshot("<unencodable: \(error)> \(String(describing: value))", redaction, byteLimit)
        }
    }

    private static func jsonSnapshot(_ encoded: JSONValue, _ redaction: Redaction, _ byteLimit: Int) -> Snapshot {
        let (redacted, paths, byteCount) = redaction.redactMeasuring(encoded)
        if byteCount <= byteLimit {
            return Snapshot(value: redacted, redactedPaths: paths, byteCount: byteCount)
        }
        return Snapshot(
            text: prefix(of: redacted.serialized(), bytes: byteLimit),
            redactedPaths: paths,
            truncated: true,
            byteCount: byteCount
        )
    }

    private static func textSnapshot(_ description: String, _ redaction: Redaction, _ byteLimit: Int) -> Snapshot {
        let redacted = redaction.redact(text: description)
        let byteCount = redacted.utf8.count
        let truncated = byteCount > byteLimit
        return Snapshot(
            text: truncated ? prefix(of: redacted, bytes: byteLimit) : redacted,
            truncated: truncated,
            byteCount: byteCount
        )
    }

    /// The longest prefix of `text` made of whole characters and at most `bytes` UTF-8 bytes.
    static func prefix(of text: String, bytes limit: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf8.count
            if used + size > limit { break }
            used += size
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
