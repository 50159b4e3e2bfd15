extension CallSite {
    /// Writes the call site as its synthesized `Encodable` conformance does.
    func writeJSONLine(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.key("fileID")
        writer.string(fileID)
        writer.key("function")
        writer.string(function)
        writer.key("line")
        writer.int(line)
        writer.endObject()
    }

    /// Reads a call site as its synthesized `Decodable` conformance does: every field is required.
    init(jsonLine fields: JSONLineFields) throws(ViolationRecord.JSONLineError) {
        self.init(
            fileID: try fields.string("fileID"),
            function: try fields.string("function"),
            line: try fields.int("line")
        )
    }
}
