/// The members of a JSON object being encoded by ``JSONValueEncoder``.
///
/// A member whose value is still being built (a nested container or a super-encoder) is kept in
/// ``pending`` and resolved by ``build()``.
final class JSONObjectBuilder {
    private(set) var members: [String: JSONValue]
    private var pending: [String: JSONPendingValue] = [:]

    init(members: [String: JSONValue] = [:]) {
        self.members = members
    }

    /// Sets a member, replacing any earlier value for the key.
    func set(_ value: JSONValue, for key: String) {
        members[key] = value
        if !pending.isEmpty { pending[key] = nil }
    }

    /// The nested object at `key`, created unless one is already being built there.
    func nestedObject(for key: String) -> JSONObjectBuilder {
        if case .object(let existing) = pending[key] { return existing }
        let object = JSONObjectBuilder()
        setPending(.object(object), for: key)
        return object
    }

    /// The nested array at `key`, created unless one is already being built there.
    func nestedArray(for key: String) -> JSONArrayBuilder {
        if case .array(let existing) = pending[key] { return existing }
        let array = JSONArrayBuilder()
        setPending(.array(array), for: key)
        return array
    }

    /// Makes the value at `key` whatever `encoder` holds when the object is built.
    func setEncoder(_ encoder: JSONValueEncoder, for key: String) {
        setPending(.encoder(encoder), for: key)
    }

    private func setPending(_ value: JSONPendingValue, for key: String) {
        members[key] = nil
        pending[key] = value
    }

    /// The object with every pending member resolved.
    func build() -> JSONValue {
        guard !pending.isEmpty else { return .object(members) }
        var result = members
        for (key, value) in pending { result[key] = value.build() }
        return .object(result)
    }
}
