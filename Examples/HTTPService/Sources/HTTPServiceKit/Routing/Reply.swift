public import Hummingbird

/// A JSON response body for any `Encodable` value, so the engines' types need no Hummingbird conformance.
///
/// ```swift
/// router.post("quote") { request, context in Reply(try engine.quote(cart)) }
/// ```
public struct Reply<Value: Encodable & Sendable>: ResponseEncodable, Sendable {
    /// The value written as the body.
    public let value: Value

    /// Wraps a value.
    public init(_ value: Value) {
        self.value = value
    }

    /// Encodes the value itself, not a wrapper object.
    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
