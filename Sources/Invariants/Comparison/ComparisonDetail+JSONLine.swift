extension ComparisonDetail {
    /// Writes the detail as its `Encodable` conformance does, keys sorted: `nil` fields omitted.
    func writeJSONLine(to writer: inout JSONLineWriter) throws(JSONLineWriter.InvalidNumber) {
        writer.beginObject()
        if let candidateError {
            writer.key("candidateError")
            writer.string(candidateError)
        }
        if let candidateMilliseconds {
            writer.key("candidateMilliseconds")
            writer.double(candidateMilliseconds)
        }
        if let candidateOutput {
            writer.key("candidateOutput")
            do { try candidateOutput.writeJSONLine(to: &writer) } catch { throw error.inside("candidateOutput") }
        }
        if let controlMilliseconds {
            writer.key("controlMilliseconds")
            writer.double(controlMilliseconds)
        }
        writer.key("controlOrigin")
        controlOrigin.writeJSONLine(to: &writer)
        writer.key("differences")
        writer.beginArray()
        for (index, difference) in differences.enumerated() {
            writer.beginObject()
            do throws(JSONLineWriter.InvalidNumber) {
                if let new = difference.new {
                    writer.key("new")
                    do { try writer.value(new) } catch { throw error.inside("new") }
                }
                if let old = difference.old {
                    writer.key("old")
                    do { try writer.value(old) } catch { throw error.inside("old") }
                }
            } catch {
                throw error.inside("differences").insideElement(index)
            }
            writer.key("path")
            writer.string(difference.path)
            writer.endObject()
        }
        writer.endArray()
        if let seed {
            writer.key("seed")
            writer.string(seed.description)
        }
        writer.key("timedOut")
        writer.bool(timedOut)
        if let transformedInput {
            writer.key("transformedInput")
            do { try transformedInput.writeJSONLine(to: &writer) } catch { throw error.inside("transformedInput") }
        }
        writer.endObject()
    }

    /// Reads a detail as its `Decodable` conformance does.
    init(jsonLine fields: JSONLineFields) throws(ViolationRecord.JSONLineError) {
        var differences: [FieldDifference] = []
        if let value = fields.members["differences"], value != .null {
            guard case .array(let elements) = value else {
                throw .invalid(fields.path("differences"), "expected an array, got \(value.kindDescription)")
            }
            for (index, element) in elements.enumerated() {
                let path = fields.path("differences") + "[\(index)]"
                guard case .object(let members) = element else {
                    throw .invalid(path, "expected an object, got \(element.kindDescription)")
                }
                let member = JSONLineFields(members, path: path)
                differences.append(
                    FieldDifference(path: try member.string("path"), old: members["old"], new: members["new"]))
            }
        }
        self.init(
            candidateOutput: try fields.optionalObject("candidateOutput").map {
                fields throws(ViolationRecord.JSONLineError) in
                try Snapshot(jsonLine: fields)
            },
            differences: differences,
            controlOrigin: try fields.optionalObject("controlOrigin").map {
                fields throws(ViolationRecord.JSONLineError) in
                try CodeOrigin(jsonLine: fields)
            } ?? .unknown,
            controlMilliseconds: try fields.optionalDouble("controlMilliseconds"),
            candidateMilliseconds: try fields.optionalDouble("candidateMilliseconds"),
            candidateError: try fields.optionalString("candidateError"),
            timedOut: try fields.optionalBool("timedOut") ?? false,
            transformedInput: try fields.optionalObject("transformedInput").map {
                fields throws(ViolationRecord.JSONLineError) in
                try Snapshot(jsonLine: fields)
            },
            seed: try Self.seed(fields)
        )
    }
}

extension ComparisonDetail {
    /// The `seed` field: 1 to 16 hex digits, or absent.
    private static func seed(_ fields: JSONLineFields) throws(ViolationRecord.JSONLineError) -> RelationSeed? {
        guard let text = try fields.optionalString("seed") else { return nil }
        guard let seed = RelationSeed(hex: text) else {
            throw .invalid(fields.path("seed"), "expected 1 to 16 hex digits, got \"\(text)\"")
        }
        return seed
    }
}

extension JSONLineWriter.InvalidNumber {
    /// The same error inside element `index` of the array it is already inside: `differences` → `differences[2]`.
    func insideElement(_ index: Int) -> Self {
        var copy = self
        if !copy.path.isEmpty { copy.path[0] += "[\(index)]" }
        return copy
    }
}
