/// The elements of a JSON array being encoded by ``JSONValueEncoder``.
///
/// An element still being built (a nested container or a super-encoder) holds a `null` placeholder in
/// `elements` and is resolved by ``build()``. An encoder reuses its builder for the next array it
/// encodes, so collecting elements allocates nothing once the buffer has grown; ``build()`` copies them
/// into an array of the right size.
final class JSONArrayBuilder {
    @exclusivity(unchecked) private var elements: [JSONValue] = []
    private var pending: [(index: Int, value: JSONPendingValue)] = []

    init() {}

    init(elements: [JSONValue]) {
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

    /// The array with every pending element resolved; leaves the builder empty, ready for the next array.
    func build() -> JSONValue {
        var result = elements.withUnsafeBufferPointer { Array($0) }
        for (index, value) in pending { result[index] = value.build() }
        elements.removeAll(keepingCapacity: true)
        pending = []
        return .array(result)
    }
}
