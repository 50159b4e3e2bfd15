import Foundation
import Invariants

/// Items and verdicts as the JSON their `Codable` conformances write: what the `jsonb` columns hold.
enum ReviewJSON {
    static func encode(_ value: some Encodable) throws(ReviewQueueError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .unencodable("\(error)")
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
