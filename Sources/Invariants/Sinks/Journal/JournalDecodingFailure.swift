import Foundation

/// Short, readable reasons for a journal line that does not decode to a record.
enum JournalDecodingFailure {
    /// `not valid JSON at column 2: …`, `missing field 'eventID'`, `field 'severity': …`.
    static func reason(for error: any Error, line: Data) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // Foundation's decoder does not say where; the library's own parser does.
            do {
                _ = try JSONValue(parsing: line)
                return "not valid JSON: \(context.debugDescription)"
            } catch let parseError as JSONParseError {
                return "not valid JSON at column \(parseError.column): \(parseError.message)"
            } catch {
                return "not valid JSON: \(error)"
            }
        case .dataCorrupted(let context):
            return "field '\(path(context.codingPath))': \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing field '\(path(context.codingPath + [key]))'"
        case .typeMismatch(let type, let context):
            return "field '\(path(context.codingPath))' is not a \(type)"
        case .valueNotFound(let type, let context):
            return "field '\(path(context.codingPath))' is null, expected a \(type)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return text.hasPrefix(".") ? String(text.dropFirst()) : text
    }
}
