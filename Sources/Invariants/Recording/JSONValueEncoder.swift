/// Encodes an `Encodable` value straight into a ``JSONValue``, with the result a default `JSONEncoder`
/// would give once its output was parsed back (see ``JSONValueEncoder+Values``), but without writing and
/// parsing JSON text.
///
/// ```swift
/// let value = try JSONValueEncoder.encode(cart)   // .object(["lines": .array(…), "total": .number("12.345")])
/// ```
///
/// Keys are the coding keys' `stringValue`s; a key encoded twice keeps its last value. A nested value that
/// encodes nothing becomes `{}`; a top-level value that encodes nothing, a non-finite floating-point
/// number and a `NaN` `Decimal` throw, as they do with `JSONEncoder`.
final class JSONValueEncoder: Encoder {
    /// What this encoder holds so far: nothing, a value, or the object or array its builder is collecting.
    enum Storage {
        case empty
        case value(JSONValue)
        case object
        case array
    }

    @exclusivity(unchecked) var storage = Storage.empty
    /// The builder of the object being encoded, kept after it is built for the next object.
    @exclusivity(unchecked) private var object: JSONObjectBuilder?
    /// The builder of the array being encoded, kept after it is built for the next array.
    @exclusivity(unchecked) private var array: JSONArrayBuilder?
    /// The encoder whose container holds this encoder's value, `nil` at the top level.
    private var parent: JSONValueEncoder?
    /// The keys of the nested container of the parent that holds this value (usually none).
    private var containerPath: [any CodingKey] = []
    /// This value's key in its parent's container.
    private var key: JSONValueCodingKey?
    /// A child encoder kept for the next nested value, so that encoding a tree allocates one per depth.
    @exclusivity(unchecked) private var spare: JSONValueEncoder?

    init(parent: JSONValueEncoder? = nil, containerPath: [any CodingKey] = [], key: JSONValueCodingKey? = nil) {
        self.parent = parent
        self.containerPath = containerPath
        self.key = key
    }

    /// The encoded form of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        if let special = try special(value, at: []) { return special }
        let encoder = JSONValueEncoder()
        do {
            try value.encode(to: encoder)
        } catch {
            encoder.discard()
            throw error
        }
        guard let result = encoder.takeValue() else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return result
    }

    var codingPath: [any CodingKey] {
        var path = parent?.codingPath ?? []
        path += containerPath
        if let key { path.append(key) }
        return path
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONValueKeyedContainer<Key>(encoder: self, object: objectBuilder()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONValueUnkeyedContainer(encoder: self, array: arrayBuilder())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// The value encoded so far, or `nil` if nothing was; leaves the encoder empty.
    func takeValue() -> JSONValue? {
        let taken = storage
        storage = .empty
        switch taken {
        case .empty: return nil
        case .value(let value): return value
        case .object: return object!.build()
        case .array: return array!.build()
        }
    }

    /// Encodes a value nested in a container of this encoder: `containerPath` is the container's path below
    /// this encoder (empty unless it is a nested container), `key` the value's key in it.
    func encodeNested<T: Encodable>(
        _ value: T, containerPath: [any CodingKey], key: JSONValueCodingKey
    ) throws -> JSONValue {
        if let special = try Self.special(value, at: codingPath + containerPath + [key]) { return special }
        var child: JSONValueEncoder
        if let spare {
            self.spare = nil
            child = spare
            child.parent = self
        } else {
            child = JSONValueEncoder(parent: self)
        }
        child.containerPath = containerPath
        child.key = key
        do {
            try value.encode(to: child)
        } catch {
            child.discard()
            throw error
        }
        let result = child.takeValue() ?? .object([:])
        if isKnownUniquelyReferenced(&child) {
            child.parent = nil
            child.containerPath = []
            spare = child
        }
        return result
    }

    /// An encoder for a super-class's or other part's encoding, whose value is resolved when the parent's
    /// object or array is built (see ``JSONPendingValue``).
    func superEncoder(containerPath: [any CodingKey], key: JSONValueCodingKey) -> JSONValueEncoder {
        JSONValueEncoder(parent: self, containerPath: containerPath, key: key)
    }

    /// Drops what an encoding that threw left behind, including super-encoders, which hold their parent.
    private func discard() {
        storage = .empty
        object = nil
        array = nil
    }

    /// The builder of this encoder's object: the one in use, else the kept one if no container still holds
    /// it, else a new one (holding the members of an object value encoded before, if any).
    private func objectBuilder() -> JSONObjectBuilder {
        if case .object = storage { return object! }
        var members: [String: JSONValue] = [:]
        if case .value(.object(let encoded)) = storage { members = encoded }
        storage = .object
        if members.isEmpty, var kept = object {
            object = nil
            if isKnownUniquelyReferenced(&kept) {
                object = kept
                return kept
            }
        }
        let builder = members.isEmpty ? JSONObjectBuilder() : JSONObjectBuilder(members: members)
        object = builder
        return builder
    }

    /// The builder of this encoder's array: the one in use, else the kept one if no container still holds
    /// it, else a new one (holding the elements of an array value encoded before, if any).
    private func arrayBuilder() -> JSONArrayBuilder {
        if case .array = storage { return array! }
        var elements: [JSONValue] = []
        if case .value(.array(let encoded)) = storage { elements = encoded }
        storage = .array
        if elements.isEmpty, var kept = array {
            array = nil
            if isKnownUniquelyReferenced(&kept) {
                array = kept
                return kept
            }
        }
        let builder = elements.isEmpty ? JSONArrayBuilder() : JSONArrayBuilder(elements: elements)
        array = builder
        return builder
    }
}
