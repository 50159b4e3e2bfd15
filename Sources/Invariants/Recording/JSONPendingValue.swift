/// A value in an object or array being encoded that is only known once encoding is over: a nested
/// container, or what a super-encoder was given.
enum JSONPendingValue {
    case object(JSONObjectBuilder)
    case array(JSONArrayBuilder)
    case encoder(JSONValueEncoder)

    /// The value; a super-encoder that was given nothing is `{}`, as with `JSONEncoder`.
    func build() -> JSONValue {
        switch self {
        case .object(let object): return object.build()
        case .array(let array): return array.build()
        case .encoder(let encoder): return encoder.takeValue() ?? .object([:])
        }
    }
}
