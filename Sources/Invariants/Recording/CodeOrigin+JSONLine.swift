import Foundation

extension CodeOrigin {
    /// Writes the origin as its `Encodable` conformance does: `nil` fields omitted, `generatedAt` in RFC 3339.
    func writeJSONLine(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.key("author")
        writer.string(author.rawValue)
        if let commit {
            writer.key("commit")
            writer.string(commit)
        }
        if let generatedAt {
            writer.key("generatedAt")
            writer.string(RFC3339.string(from: generatedAt))
        }
        if let model {
            writer.key("model")
            writer.string(model)
        }
        if let promptHash {
            writer.key("promptHash")
            writer.string(promptHash)
        }
        if let promptVersion {
            writer.key("promptVersion")
            writer.string(promptVersion)
        }
        if let reviewedBy {
            writer.key("reviewedBy")
            writer.string(reviewedBy)
        }
        writer.endObject()
    }

    /// Reads an origin as its `Decodable` conformance does: a missing `author` is `unknown`.
    init(jsonLine fields: JSONLineFields) throws(ViolationRecord.JSONLineError) {
        var author = Author.unknown
        if let name = try fields.optionalString("author") {
            guard let known = Author(rawValue: name) else {
                throw .invalid(fields.path("author"), "expected one of human, generated, unknown, got '\(name)'")
            }
            author = known
        }
        var generatedAt: Date?
        if let text = try fields.optionalString("generatedAt") {
            guard let date = RFC3339.date(from: text) else {
                throw .invalid(fields.path("generatedAt"), "expected an RFC 3339 date, got '\(text)'")
            }
            generatedAt = date
        }
        self.init(
            author: author,
            model: try fields.optionalString("model"),
            promptVersion: try fields.optionalString("promptVersion"),
            promptHash: try fields.optionalString("promptHash"),
            commit: try fields.optionalString("commit"),
            generatedAt: generatedAt,
            reviewedBy: try fields.optionalString("reviewedBy")
        )
    }
}
