/// The unkeyed container of ``JSONValueEncoder``: appends elements to a ``JSONArrayBuilder``.
struct JSONValueUnkeyedContainer: UnkeyedEncodingContainer {
    private let encoder: JSONValueEncoder
    private let array: JSONArrayBuilder
    /// The keys from the encoder to this container: empty unless it is a nested container.
    private let path: [any CodingKey]

    init(encoder: JSONValueEncoder, array: JSONArrayBuilder, path: [any CodingKey] = []) {
        self.encoder = encoder
        self.array = array
        self.path = path
    }

    var codingPath: [any CodingKey] { encoder.codingPath + path }
    var count: Int { array.count }

    mutating func encodeNil() throws { array.append(.null) }
    mutating func encode(_ value: Bool) throws { array.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.append(.string(value)) }

    mutating func encode(_ value: Double) throws {
        array.append(try JSONValueEncoder.number(value, at: codingPath + [JSONValueCodingKey(index: count)]))
    }

    mutating func encode(_ value: Float) throws {
        array.append(try JSONValueEncoder.number(value, at: codingPath + [JSONValueCodingKey(index: count)]))
    }

    mutating func encode(_ value: Int) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: Int8) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: Int16) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: Int32) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: Int64) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: UInt) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: UInt8) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: UInt16) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: UInt32) throws { array.append(JSONValueEncoder.number(value)) }
    mutating func encode(_ value: UInt64) throws { array.append(JSONValueEncoder.number(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.append(try encoder.encodeNested(value, containerPath: path, key: JSONValueCodingKey(index: count)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBuilder()
        let key = JSONValueCodingKey(index: count)
        array.appendPending(.object(nested))
        return KeyedEncodingContainer(
            JSONValueKeyedContainer<NestedKey>(encoder: encoder, object: nested, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBuilder()
        let key = JSONValueCodingKey(index: count)
        array.appendPending(.array(nested))
        return JSONValueUnkeyedContainer(encoder: encoder, array: nested, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let child = encoder.superEncoder(containerPath: path, key: JSONValueCodingKey(index: count))
        array.appendPending(.encoder(child))
        return child
    }
}
