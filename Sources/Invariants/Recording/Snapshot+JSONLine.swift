extension Snapshot {
    /// Writes the snapshot as its `Encodable` conformance does: `value` and `text` omitted when `nil`,
    /// `redactedPaths` when empty.
    func writeJSONLine(to writer: inout JSONLineWriter) throws(JSONLineWriter.InvalidNumber) {
        writer.beginObject()
        writer.key("byteCount")
        writer.int(byteCount)
        if !redactedPaths.isEmpty {
            writer.key("redactedPaths")
            writer.strings(redactedPaths)
        }
        if let text {
            writer.key("text")
            writer.string(text)
        }
        writer.key("truncated")
        writer.bool(truncated)
        if let value {
            writer.key("value")
            do { try writer.value(value) } catch { throw error.inside("value") }
        }
        writer.endObject()
    }

    /// Reads a snapshot as its `Decodable` conformance does: missing `redactedPaths`, `truncated` and
    /// `byteCount` mean none, `false` and 0; a `value` of `null` is ``JSONValue/null``.
    init(jsonLine fields: JSONLineFields) throws(ViolationRecord.JSONLineError) {
        self.init(
            value: fields.members["value"],
            text: try fields.optionalString("text"),
            redactedPaths: try fields.optionalStrings("redactedPaths") ?? [],
            truncated: try fields.optionalBool("truncated") ?? false,
            byteCount: try fields.optionalInt("byteCount") ?? 0
        )
    }
}
