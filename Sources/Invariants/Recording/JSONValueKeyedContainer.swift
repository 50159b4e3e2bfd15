/// The keyed container of ``JSONValueEncoder``: writes members into a ``JSONObjectBuilder``.
struct JSONValueKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    private let encoder: JSONValueEncoder
    private let object: JSONObjectBuilder
    /// The keys from the encoder to this container: empty unless it is a nested container.
    private let path: [any CodingKey]

    init(encoder: JSONValueEncoder, object: JSONObjectBuilder, path: [any CodingKey] = []) {
        self.encoder = encoder
        self.object = object
        self.path = path
    }

    var codingPath: [any CodingKey] { encoder.codingPath + path }

    mutating func encodeNil(forKey key: Key) throws { object.set(.null, for: key.stringValue) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(.bool(value), for: key.stringValue) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(.string(value), for: key.stringValue) }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.set(try JSONValueEncoder.number(value, at: codingPath + [key]), for: key.stringValue)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        object.set(try JSONValueEncoder.number(value, at: codingPath + [key]), for: key.stringValue)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { setInteger(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { setInteger(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let name = key.stringValue
        let encoded = try encoder.encodeNested(
            value, containerPath: path, key: JSONValueCodingKey(stringValue: name, intValue: key.intValue))
        object.set(encoded, for: name)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = object.nestedObject(for: key.stringValue)
        return KeyedEncodingContainer(
            JSONValueKeyedContainer<NestedKey>(encoder: encoder, object: nested, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONValueUnkeyedContainer(encoder: encoder, array: object.nestedArray(for: key.stringValue), path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(named: .super)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: JSONValueCodingKey(key))
    }

    private func superEncoder(named key: JSONValueCodingKey) -> any Encoder {
        let child = encoder.superEncoder(containerPath: path, key: key)
        object.setEncoder(child, for: key.stringValue)
        return child
    }

    private func setInteger(_ value: some FixedWidthInteger, _ key: Key) {
        object.set(JSONValueEncoder.number(value), for: key.stringValue)
    }
}
