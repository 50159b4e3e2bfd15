/// A coding key of ``JSONValueEncoder``'s own: array positions (`"Index 3"`, as `JSONEncoder` names them)
/// and `super`.
struct JSONValueCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String, intValue: Int?) {
        self.stringValue = stringValue
        self.intValue = intValue
    }

    init(_ key: some CodingKey) {
        self.init(stringValue: key.stringValue, intValue: key.intValue)
    }

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }

    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
    }

    static let `super` = JSONValueCodingKey(stringValue: "super")
}
