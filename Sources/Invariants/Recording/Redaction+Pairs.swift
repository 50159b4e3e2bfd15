extension Redaction {
    /// In an object that is a name/value pair with a sensitive name, such as `{"key": "password",
    /// "value": "x"}` or `{"name": "Authorization", "value": "Bearer x"}`, the key of its value member.
    ///
    /// Only objects of two to four members are looked at; the name member is `key`, `name`, `header` or
    /// `field` and the value member `value`, `values` or `val` (any case).
    func sensitivePairValueKey(in members: [String: JSONValue]) -> String? {
        guard !keyPatterns.isEmpty, (2...4).contains(members.count) else { return nil }
        var valueKey: String?
        var sensitiveName = false
        for (key, member) in members {
            if Self.isPairValueKey(key) {
                valueKey = key
            } else if Self.isPairNameKey(key), case .string(let name) = member, isSensitive(key: name) {
                sensitiveName = true
            }
        }
        return sensitiveName ? valueKey : nil
    }

    /// In an array that is a header pair with a sensitive name, such as `["X-Api-Key", "x"]`, the index of
    /// its value (1).
    func sensitivePairValueIndex(in elements: [JSONValue]) -> Int? {
        guard !keyPatterns.isEmpty, elements.count == 2, case .string(let name) = elements[0], name.utf8.count <= 64,
            isSensitive(key: name)
        else { return nil }
        return 1
    }

    private static func isPairNameKey(_ key: String) -> Bool {
        equalsIgnoringCase(key, "key") || equalsIgnoringCase(key, "name") || equalsIgnoringCase(key, "header")
            || equalsIgnoringCase(key, "field")
    }

    private static func isPairValueKey(_ key: String) -> Bool {
        equalsIgnoringCase(key, "value") || equalsIgnoringCase(key, "values") || equalsIgnoringCase(key, "val")
    }

    /// Whether `key` is `word` (lowercase ASCII) in any case; allocates nothing.
    private static func equalsIgnoringCase(_ key: String, _ word: StaticString) -> Bool {
        guard key.utf8.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            zip(key.utf8, expected).allSatisfy { $0 | 0x20 == $1 }
        }
    }
}
