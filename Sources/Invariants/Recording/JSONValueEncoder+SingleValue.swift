/// The encoder is its own single-value container: a value encoded through it replaces whatever it held.
extension JSONValueEncoder: SingleValueEncodingContainer {
    func encodeNil() throws { storage = .value(.null) }
    func encode(_ value: Bool) throws { storage = .value(.bool(value)) }
    func encode(_ value: String) throws { storage = .value(.string(value)) }
    func encode(_ value: Double) throws { storage = .value(try Self.number(value, at: codingPath)) }
    func encode(_ value: Float) throws { storage = .value(try Self.number(value, at: codingPath)) }
    func encode(_ value: Int) throws { storage = .value(Self.number(value)) }
    func encode(_ value: Int8) throws { storage = .value(Self.number(value)) }
    func encode(_ value: Int16) throws { storage = .value(Self.number(value)) }
    func encode(_ value: Int32) throws { storage = .value(Self.number(value)) }
    func encode(_ value: Int64) throws { storage = .value(Self.number(value)) }
    func encode(_ value: UInt) throws { storage = .value(Self.number(value)) }
    func encode(_ value: UInt8) throws { storage = .value(Self.number(value)) }
    func encode(_ value: UInt16) throws { storage = .value(Self.number(value)) }
    func encode(_ value: UInt32) throws { storage = .value(Self.number(value)) }
    func encode(_ value: UInt64) throws { storage = .value(Self.number(value)) }

    func encode<T: Encodable>(_ value: T) throws {
        if let special = try Self.special(value, at: codingPath) {
            storage = .value(special)
            return
        }
        storage = .empty
        try value.encode(to: self)
        if case .empty = storage { storage = .value(.object([:])) }
    }
}
