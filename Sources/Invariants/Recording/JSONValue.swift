/// A JSON document held as a value, with numbers kept as their exact literal text.
///
/// Captured inputs and outputs of a guarded function are stored as `JSONValue` so that a price such
/// as `12.345` is never rounded through `Double`: ``number(_:)`` holds the digits exactly as they
/// were written.
///
/// ```swift
/// let value = try JSONValue(parsing: #"{"total": 12.345, "currency": "EUR"}"#)
/// value["total"]        // .number("12.345")
/// value.serialized()    // {"currency":"EUR","total":12.345}
/// ```
public enum JSONValue: Sendable, Hashable {
    /// The JSON `null` literal.
    ///
    /// ```swift
    /// try JSONValue(parsing: "null")   // .null
    /// ```
    case null
    /// A JSON `true` or `false`.
    ///
    /// ```swift
    /// try JSONValue(parsing: "true")   // .bool(true)
    /// ```
    case bool(Bool)
    /// A JSON number, as its literal text (`"12.345"`, `"-7"`, `"1e3"`), never converted to `Double`.
    ///
    /// ```swift
    /// try JSONValue(parsing: "12.50")   // .number("12.50"), the digits as written
    /// ```
    case number(String)
    /// A JSON string.
    ///
    /// ```swift
    /// try JSONValue(parsing: #""EUR""#)   // .string("EUR")
    /// ```
    case string(String)
    /// A JSON array.
    ///
    /// ```swift
    /// try JSONValue(parsing: "[1, 2]")   // .array([.number("1"), .number("2")])
    /// ```
    case array([JSONValue])
    /// A JSON object. Keys are unordered; ``serialized()`` writes them sorted.
    ///
    /// ```swift
    /// try JSONValue(parsing: #"{"currency": "EUR"}"#)   // .object(["currency": .string("EUR")])
    /// ```
    case object([String: JSONValue])
}

extension JSONValue {
    /// The member `key` of an object, or `nil` when the value is not an object or has no such member.
    ///
    /// ```swift
    /// try JSONValue(parsing: #"{"a": {"b": 1}}"#)["a"]?["b"]   // .number("1")
    /// ```
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element at `index` of an array, or `nil` when the value is not an array or the index is out of range.
    ///
    /// ```swift
    /// try JSONValue(parsing: "[10, 20]")[1]   // .number("20")
    /// ```
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The text of a ``string(_:)`` value, or `nil` for any other case.
    ///
    /// ```swift
    /// record.output.value?["currency"]?.stringValue   // "EUR"
    /// ```
    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The literal text of a ``number(_:)`` value, or `nil` for any other case.
    ///
    /// ```swift
    /// record.output.value?["total"]?.numberText   // "12.345"
    /// ```
    public var numberText: String? {
        guard case .number(let text) = self else { return nil }
        return text
    }
}
