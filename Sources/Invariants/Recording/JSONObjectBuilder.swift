/// The members of a JSON object being encoded by ``JSONValueEncoder``.
///
/// Members are collected in order and turned into a dictionary of the right size once, by ``build()``
/// (a key set twice keeps its last value). A member whose value is still being built (a nested container
/// or a super-encoder) is kept in `pending` and resolved by ``build()``. An encoder reuses its builder for
/// the next object it encodes, so collecting members allocates nothing once the buffer has grown.
final class JSONObjectBuilder {
    @exclusivity(unchecked) private var members: [(key: String, value: JSONValue)] = []
    private var pending: [String: JSONPendingValue] = [:]

    init() {}

    init(members: [String: JSONValue]) {
        self.members = members.map { ($0.key, $0.value) }
    }

    /// Sets a member, replacing any earlier value for the key.
    func set(_ value: JSONValue, for key: String) {
        members.append((key, value))
        if !pending.isEmpty { pending[key] = nil }
    }

    /// The nested object at `key`, created unless one is already being built there.
    func nestedObject(for key: String) -> JSONObjectBuilder {
        if case .object(let existing) = pending[key] { return existing }
        let object = JSONObjectBuilder()
        pending[key] = .object(object)
        return object
    }

    /// The nested array at `key`, created unless one is already being built there.
    func nestedArray(for key: String) -> JSONArrayBuilder {
        if case .array(let existing) = pending[key] { return existing }
        let array = JSONArrayBuilder()
        pending[key] = .array(array)
        return array
    }

    /// Makes the value at `key` whatever `encoder` holds when the object is built.
    func setEncoder(_ encoder: JSONValueEncoder, for key: String) {
        pending[key] = .encoder(encoder)
    }

    /// The object with every pending member resolved; leaves the builder empty, ready for the next object.
    func build() -> JSONValue {
        var result = [String: JSONValue](minimumCapacity: members.count + pending.count)
        for (key, value) in members { result[key] = value }
        for (key, value) in pending { result[key] = value.build() }
        members.removeAll(keepingCapacity: true)
        pending = [:]
        return .object(result)
    }
}
