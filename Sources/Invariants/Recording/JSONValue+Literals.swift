extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `nil` is ``null``: `let value: JSONValue = nil`.
    ///
    /// ```swift
    /// let value: JSONValue = nil   // .null
    /// ```
    public init(nilLiteral: ()) { self = .null }

    /// `true` and `false` are ``bool(_:)``: `let value: JSONValue = true`.
    ///
    /// ```swift
    /// let value: JSONValue = true   // .bool(true)
    /// ```
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// An integer literal is a ``number(_:)``: `let value: JSONValue = 42`. Write `.number("12.5")` for decimals.
    ///
    /// ```swift
    /// let value: JSONValue = 42   // .number("42")
    /// ```
    public init(integerLiteral value: Int) { self = .number(String(value)) }

    /// A string literal is a ``string(_:)``: `let value: JSONValue = "EUR"`.
    ///
    /// ```swift
    /// let value: JSONValue = "EUR"   // .string("EUR")
    /// ```
    public init(stringLiteral value: String) { self = .string(value) }

    /// An array literal is an ``array(_:)``: `let value: JSONValue = [1, "two", nil]`.
    ///
    /// ```swift
    /// let value: JSONValue = [1, "two", nil]   // .array([.number("1"), .string("two"), .null])
    /// ```
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// A dictionary literal is an ``object(_:)``; a repeated key keeps its last value: `let value: JSONValue = ["a": 1]`.
    ///
    /// ```swift
    /// let value: JSONValue = ["user": "ann", "password": "hunter2"]
    /// ```
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
