import Foundation

/// What a reviewer says the output should have been: the whole expected output, corrected fields, or both.
///
/// A correction travels with a ``ReviewVerdict`` (so any ``ReviewQueue`` stores it), into the
/// ``RegressionCase`` that `invariants export --queue` writes, and replay compares the function's new
/// output with it, numbers within a ``NumericTolerance``.
///
/// ```swift
/// let correction = try ReviewCorrection(assignments: ["tax = 4.80", "total = 64.80"])
/// try queue.record(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .incorrect, correction: correction))
/// ```
public struct ReviewCorrection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One corrected field: a path into the output and the value it should have had.
    ///
    /// ```swift
    /// ReviewCorrection.Field(path: "lines[0].price", value: .number("9.99"))
    /// ```
    public struct Field: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Where the field is: member names joined by `.`, array indexes as `[0]` (or `.0`).
        ///
        /// ```swift
        /// field.path   // "tax"
        /// ```
        public var path: String
        /// The value the field should have had.
        ///
        /// ```swift
        /// field.value   // .number("4.80")
        /// ```
        public var value: JSONValue

        /// Creates a corrected field.
        ///
        /// ```swift
        /// ReviewCorrection.Field(path: "tax", value: .number("4.80"))
        /// ```
        public init(path: String, value: JSONValue) {
            self.path = path
            self.value = value
        }

        /// `"tax = 4.80"`.
        ///
        /// ```swift
        /// ReviewCorrection.Field(path: "tax", value: .number("4.80")).description   // "tax = 4.80"
        /// ```
        public var description: String { "\(path) = \(value.serialized())" }
    }

    /// The whole output the call should have returned, when the reviewer gave it.
    ///
    /// ```swift
    /// correction.expected?["tax"]   // .number("4.80")
    /// ```
    public var expected: JSONValue?
    /// Fields the output should have had, checked one by one (other fields are not compared).
    ///
    /// ```swift
    /// correction.fields.map(\.path)   // ["tax"]
    /// ```
    public var fields: [Field]

    /// Creates a correction; at least one of `expected` and `fields` should say something.
    ///
    /// ```swift
    /// ReviewCorrection(expected: ["tax": .number("4.80"), "total": .number("64.80")])
    /// ```
    public init(expected: JSONValue? = nil, fields: [Field] = []) {
        self.expected = expected
        self.fields = fields
    }

    /// Parses field corrections written `path = value`; the value is JSON when it parses as JSON
    /// (`4.80`, `true`, `"EUR"`, `[1,2]`), a string otherwise (`EUR`).
    ///
    /// ```swift
    /// try ReviewCorrection(assignments: ["tax = 4.80", "currency = EUR"]).fields.count   // 2
    /// ```
    /// - Throws: ``ReviewCorrectionError`` naming the assignment without `=` or with an unreadable path.
    public init(assignments: [String]) throws(ReviewCorrectionError) {
        var fields: [Field] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else { throw .missingEquals(assignment) }
            let path = assignment[..<equals].trimmingCharacters(in: .whitespaces)
            let text = assignment[assignment.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard (try? ReviewCorrection.components(of: path)) != nil else { throw .badPath(path) }
            let value = (try? JSONValue(parsing: text)) ?? .string(text)
            fields.append(Field(path: path, value: value))
        }
        self.init(fields: fields)
    }

    private enum CodingKeys: String, CodingKey { case expected, fields }

    /// Decodes a correction; `expected` and `fields` may each be absent.
    ///
    /// ```swift
    /// try JSONDecoder().decode(ReviewCorrection.self, from: Data(#"{"fields":[{"path":"tax","value":4.8}]}"#.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            expected: try container.decodeIfPresent(JSONValue.self, forKey: .expected),
            fields: try container.decodeIfPresent([Field].self, forKey: .fields) ?? [])
    }

    /// Encodes the correction, leaving out what it does not say.
    ///
    /// ```swift
    /// try JSONEncoder().encode(correction)   // {"fields":[{"path":"tax","value":4.80}]}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(expected, forKey: .expected)
        if !fields.isEmpty { try container.encode(fields, forKey: .fields) }
    }

    /// Whether the correction says nothing.
    ///
    /// ```swift
    /// ReviewCorrection().isEmpty   // true
    /// ```
    public var isEmpty: Bool { expected == nil && fields.isEmpty }

    /// How `output` differs from the correction: the differences from the expected output, then each
    /// corrected field whose value differs (`old` is the reviewer's value, `new` the output's).
    ///
    /// ```swift
    /// try ReviewCorrection(assignments: ["tax = 4.80"]).differences(from: ["tax": .number("0")])
    /// // [tax: 4.80 → 0]
    /// ```
    public func differences(from output: JSONValue?, tolerance: NumericTolerance = .exact) -> [FieldDifference] {
        var differences = expected.map { JSONDiff.differences(from: $0, to: output, tolerance: tolerance) } ?? []
        for field in fields {
            let actual = output.flatMap { Self.value(at: field.path, in: $0) }
            let found = JSONDiff.differences(from: field.value, to: actual, tolerance: tolerance)
            if !found.isEmpty { differences.append(FieldDifference(path: field.path, old: field.value, new: actual)) }
        }
        return differences
    }

    /// `"tax = 4.80, total = 64.80"`, or `"expected {…}"` for a whole output.
    ///
    /// ```swift
    /// try ReviewCorrection(assignments: ["tax = 4.80"]).description   // "tax = 4.80"
    /// ```
    public var description: String {
        var parts = fields.map(\.description)
        if let expected { parts.insert("expected " + expected.serialized(), at: 0) }
        return parts.isEmpty ? "(no correction)" : parts.joined(separator: ", ")
    }

    /// The value at `path` (`a.b`, `a[0].b`, `a.0.b`), or `nil` when there is none.
    static func value(at path: String, in root: JSONValue) -> JSONValue? {
        guard let components = try? components(of: path) else { return nil }
        var current: JSONValue? = root
        for component in components {
            switch component {
            case .key(let key): current = current?[key] ?? (Int(key).flatMap { current?[$0] })
            case .index(let index): current = current?[index]
            }
        }
        return current
    }

    private enum Component { case key(String), index(Int) }

    private struct BadPath: Error {}

    /// `lines[0].price` → key `lines`, index 0, key `price`; `$` alone, or a leading `$.`, is the root.
    private static func components(of path: String) throws -> [Component] {
        var text = Substring(path)
        if text == "$" { return [] }
        if text.hasPrefix("$.") { text = text.dropFirst(2) }
        guard !text.isEmpty else { throw BadPath() }
        var result: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            guard let bracket = part.firstIndex(of: "[") else {
                guard !part.isEmpty else { throw BadPath() }
                result.append(.key(String(part)))
                continue
            }
            if bracket != part.startIndex { result.append(.key(String(part[..<bracket]))) }
            var rest = part[bracket...]
            while rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close])
                else { throw BadPath() }
                result.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { throw BadPath() }
        }
        return result
    }
}
