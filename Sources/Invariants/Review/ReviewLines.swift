import Foundation

/// The queue's JSON Lines: encoding items and verdicts, and reading them back line by line with every
/// unreadable line reported by file and line.
enum ReviewLines {
    /// The lines of `values`, each ending with a newline.
    static func encode(_ values: [some Encodable]) throws(ReviewQueueError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for value in values {
            do {
                bytes.append(contentsOf: try encoder.encode(value))
            } catch {
                throw .unencodable(describe(error))
            }
            bytes.append(0x0A)
        }
        return bytes
    }

    /// Decodes each line of the file at `path` (none if it does not exist) and hands it to `accept`, which
    /// returns a reason to reject it; unreadable and rejected lines become problems.
    static func read<Value: Decodable>(
        _ type: Value.Type,
        inFileAt path: String,
        problems: inout [ReviewQueueProblem],
        _ accept: (Value) -> String?
    ) throws {
        guard JournalSystem.exists(path) else { return }
        let decoder = JSONDecoder()
        try JournalLines.forEach(inFileAt: path) { line, stoppedReading in
            let reason = JournalLines.tooLongReason(
                maxLineBytes: JournalLines.defaultMaxLineBytes, stoppedReading: stoppedReading)
            problems.append(ReviewQueueProblem(location: JournalLocation(file: path, line: line), reason: reason))
        } _: { bytes, line, terminated in
            let location = JournalLocation(file: path, line: line)
            guard terminated else {
                problems.append(ReviewQueueProblem(location: location, reason: "torn last line (no newline)"))
                return
            }
            guard !bytes.isEmpty else {
                problems.append(ReviewQueueProblem(location: location, reason: "empty line"))
                return
            }
            do {
                let value = try decoder.decode(Value.self, from: Data(bytes))
                if let reason = accept(value) {
                    problems.append(ReviewQueueProblem(location: location, reason: reason))
                }
            } catch {
                problems.append(ReviewQueueProblem(location: location, reason: describe(error)))
            }
        }
    }

    /// Whether some line of the items file at `path` has this item id.
    static func containsItem(_ id: String, inFileAt path: String) throws -> Bool {
        guard JournalSystem.exists(path) else { return false }
        struct Identified: Decodable { var id: String }
        let decoder = JSONDecoder()
        let needle = Array(id.utf8)
        var found = false
        try JournalLines.forEach(inFileAt: path) { _, _ in
        } _: { bytes, _, terminated in
            // Only lines that mention the id are decoded.
            guard !found, terminated, bytes.firstRange(of: needle) != nil,
                let line = try? decoder.decode(Identified.self, from: Data(bytes))
            else { return }
            found = line.id == id
        }
        return found
    }

    /// The id of every item in the items file at `path` (none if it does not exist).
    static func itemIDs(inFileAt path: String) throws -> Set<String> {
        guard JournalSystem.exists(path) else { return [] }
        struct Identified: Decodable { var id: String }
        let decoder = JSONDecoder()
        var ids: Set<String> = []
        try JournalLines.forEach(inFileAt: path) { _, _ in
        } _: { bytes, _, terminated in
            guard terminated, let line = try? decoder.decode(Identified.self, from: Data(bytes)) else { return }
            ids.insert(line.id)
        }
        return ids
    }

    /// `missing field 'id'`, `field 'outcome.violations.0.severity': …`, `not valid JSON: …`.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case .keyNotFound(let key, let context):
            let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            return "missing field '\(path)'"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return
                "not valid JSON: \(context.underlyingError.map { String(describing: $0) } ?? context.debugDescription)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "field '\(path)': \(context.debugDescription)"
        @unknown default:
            return String(describing: decoding)
        }
    }
}
