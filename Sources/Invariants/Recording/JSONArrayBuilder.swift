/// The elements of a JSON array being encoded by ``JSONValueEncoder``.
///
/// An element still being built (a nested container or a super-encoder) holds a `null` placeholder in
/// ``elements`` and is resolved by ``build()``.
final class JSONArrayBuilder {
    private(set) var elements: [JSONValue]
    private var pending: [(index: Int, value: JSONPendingValue)] = []

    init(elements: [JSONValue] = []) {
        self.elements = elements
    }

    var count: Int { elements.count }

    func append(_ value: JSONValue) {
        elements.append(value)
    }

    /// Appends an element whose value is built later.
    func appendPending(_ value: JSONPendingValue) {
        pending.append((elements.count, value))
        elements.append(.null)
    }

    /// The array with every pending element resolved.
    func build() -> JSONValue {
        guard !pending.isEmpty else { return .array(elements) }
        var result = elements
        for (index, value) in pending { result[index] = value.build() }
        return .array(result)
    }
}
