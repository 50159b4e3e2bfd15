/// The members of one JSON object of a record's line, read field by field with errors that name the field
/// by its dotted path (`callSite.line`), in the manner of the `Decodable` conformances: an optional field may
/// be absent or `null`, a required one may be neither.
struct JSONLineFields {
    typealias Failure = ViolationRecord.JSONLineError

    let members: [String: JSONValue]
    /// The dotted path of this object, empty for the line itself.
    let path: String

    init(_ members: [String: JSONValue], path: String = "") {
        self.members = members
        self.path = path
    }

    /// The dotted path of the member `key`.
    func path(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    /// Whether the member `key` is present, even as `null`.
    func contains(_ key: String) -> Bool {
        members[key] != nil
    }

    // MARK: - Required

    func string(_ key: String) throws(Failure) -> String {
        let value = try required(key)
        guard case .string(let text) = value else { throw mismatch(key, "a string", value) }
        return text
    }

    func int(_ key: String) throws(Failure) -> Int {
        try int(key, try required(key))
    }

    func object(_ key: String) throws(Failure) -> JSONLineFields {
        try object(key, try required(key))
    }

    func value(_ key: String) throws(Failure) -> JSONValue {
        guard let value = members[key] else { throw .missing(path(key)) }
        return value
    }

    // MARK: - Optional: absent or `null` is `nil`

    func optionalString(_ key: String) throws(Failure) -> String? {
        guard let value = optional(key) else { return nil }
        guard case .string(let text) = value else { throw mismatch(key, "a string", value) }
        return text
    }

    func optionalInt(_ key: String) throws(Failure) -> Int? {
        guard let value = optional(key) else { return nil }
        return try int(key, value)
    }

    func optionalBool(_ key: String) throws(Failure) -> Bool? {
        guard let value = optional(key) else { return nil }
        guard case .bool(let flag) = value else { throw mismatch(key, "a boolean", value) }
        return flag
    }

    func optionalDouble(_ key: String) throws(Failure) -> Double? {
        guard let value = optional(key) else { return nil }
        guard case .number(let text) = value, let number = Double(text) else {
            throw mismatch(key, "a number", value)
        }
        return number
    }

    func optionalObject(_ key: String) throws(Failure) -> JSONLineFields? {
        guard let value = optional(key) else { return nil }
        return try object(key, value)
    }

    func optionalStrings(_ key: String) throws(Failure) -> [String]? {
        guard let value = optional(key) else { return nil }
        guard case .array(let elements) = value else { throw mismatch(key, "an array of strings", value) }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw .invalid(path(key) + "[\(index)]", "expected a string, got \(element.kindDescription)")
            }
            strings.append(text)
        }
        return strings
    }

    func optionalStringDictionary(_ key: String) throws(Failure) -> [String: String]? {
        guard let value = optional(key) else { return nil }
        guard case .object(let members) = value else { throw mismatch(key, "an object of strings", value) }
        var strings: [String: String] = [:]
        strings.reserveCapacity(members.count)
        for (name, member) in members {
            guard case .string(let text) = member else {
                throw .invalid(path(key) + "." + name, "expected a string, got \(member.kindDescription)")
            }
            strings[name] = text
        }
        return strings
    }

    // MARK: - Helpers

    private func required(_ key: String) throws(Failure) -> JSONValue {
        guard let value = members[key] else { throw .missing(path(key)) }
        return value
    }

    private func optional(_ key: String) -> JSONValue? {
        guard let value = members[key] else { return nil }
        if case .null = value { return nil }
        return value
    }

    private func int(_ key: String, _ value: JSONValue) throws(Failure) -> Int {
        guard case .number(let text) = value else { throw mismatch(key, "an integer", value) }
        if let integer = Int(text) { return integer }
        // `JSONDecoder` also takes an integral number written with a fraction or an exponent, such as `1.0`.
        if let double = Double(text), double.rounded() == double, let integer = Int(exactly: double) {
            return integer
        }
        throw .invalid(path(key), "expected an integer, got \(text)")
    }

    private func object(_ key: String, _ value: JSONValue) throws(Failure) -> JSONLineFields {
        guard case .object(let members) = value else { throw mismatch(key, "an object", value) }
        return JSONLineFields(members, path: path(key))
    }

    private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> Failure {
        .invalid(path(key), "expected \(expected), got \(value.kindDescription)")
    }
}
