extension InvariantContext {
    /// Writes the context as its `Encodable` conformance does: `nil` fields and empty tags omitted.
    func writeJSONLine(to writer: inout JSONLineWriter) {
        writer.beginObject()
        if let requestID {
            writer.key("requestID")
            writer.string(requestID)
        }
        if !tags.isEmpty {
            writer.key("tags")
            writer.strings(tags)
        }
        if let tenant {
            writer.key("tenant")
            writer.string(tenant)
        }
        if let traceID {
            writer.key("traceID")
            writer.string(traceID)
        }
        writer.endObject()
    }

    /// Reads a context as its `Decodable` conformance does: missing fields are empty.
    init(jsonLine fields: JSONLineFields) throws(ViolationRecord.JSONLineError) {
        self.init(
            requestID: try fields.optionalString("requestID"),
            tenant: try fields.optionalString("tenant"),
            traceID: try fields.optionalString("traceID"),
            tags: try fields.optionalStringDictionary("tags") ?? [:]
        )
    }
}
