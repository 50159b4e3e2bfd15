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
    /// What this encoder holds so far.
    enum Storage {
        case empty
        case value(JSONValue)
        case object(JSONObjectBuilder)
        case array(JSONArrayBuilder)
    }

    var storage = Storage.empty
    /// The encoder whose container holds this encoder's value, `nil` at the top level.
    private var parent: JSONValueEncoder?
    /// The keys of the nested container of the parent that holds this value (usually none).
    private var containerPath: [any CodingKey] = []
    /// This value's key in its parent's container.
    private var key: JSONValueCodingKey?
    /// A child encoder kept for the next nested value, so that encoding a tree allocates one per depth.
    private var spare: JSONValueEncoder?

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
            encoder.storage = .empty  // releases super-encoders, which hold their parent
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
        defer { storage = .empty }
        switch storage {
        case .empty: return nil
        case .value(let value): return value
        case .object(let object): return object.build()
        case .array(let array): return array.build()
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
            child.storage = .empty  // releases super-encoders, which hold their parent
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

    /// The builder of this encoder's object, created (or converted from an object value) on first use.
    private func objectBuilder() -> JSONObjectBuilder {
        switch storage {
        case .object(let object):
            return object
        case .value(.object(let members)):
            let object = JSONObjectBuilder(members: members)
            storage = .object(object)
            return object
        default:
            let object = JSONObjectBuilder()
            storage = .object(object)
            return object
        }
    }

    /// The builder of this encoder's array, created (or converted from an array value) on first use.
    private func arrayBuilder() -> JSONArrayBuilder {
        switch storage {
        case .array(let array):
            return array
        case .value(.array(let elements)):
            let array = JSONArrayBuilder(elements: elements)
            storage = .array(array)
            return array
        default:
            let array = JSONArrayBuilder()
            storage = .array(array)
            return array
        }
    }
}
