extension ViolationRecord {
    /// Why a record could not be written as, or read from, a JSON line (see ``ViolationRecord/jsonLine()``).
    ///
    /// The description names the field by its dotted path, as the journal reports a corrupt line:
    ///
    /// ```swift
    /// do { _ = try ViolationRecord(jsonLine: line) } catch let error as ViolationRecord.JSONLineError {
    ///     print(error)   // field 'timestamp': expected an RFC 3339 timestamp such as 2026-11-23T14:28:56.123Z, got 'x'
    ///     error.field    // "timestamp"
    /// }
    /// ```
    public struct JSONLineError: Error, CustomStringConvertible, Sendable, Hashable {
        /// The dotted path of the offending field, such as `callSite.line` or `tags[2]`; `nil` when the
        /// problem is the line as a whole (not JSON, or not a JSON object).
        ///
        /// ```swift
        /// error.field   // "callSite.line"
        /// ```
        public let field: String?
        /// The JSON syntax error, when the line is not valid JSON.
        ///
        /// ```swift
        /// error.parseError?.column   // 2, when the line is not JSON
        /// ```
        public let parseError: JSONParseError?
        /// One sentence: `missing field 'eventID'`, `field 'severity': expected one of …`,
        /// `not valid JSON at column 2: expected a string key or '}'`.
        ///
        /// ```swift
        /// print(error)   // missing field 'eventID'
        /// ```
        public let description: String

        private init(field: String?, parseError: JSONParseError? = nil, description: String) {
            self.field = field
            self.parseError = parseError
            self.description = description
        }

        /// The line is not valid JSON.
        static func notJSON(_ error: JSONParseError) -> JSONLineError {
            let place = error.line > 1 ? "line \(error.line), column \(error.column)" : "column \(error.column)"
            return JSONLineError(
                field: nil, parseError: error, description: "not valid JSON at \(place): \(error.message)")
        }

        /// The line is valid JSON but not an object.
        static func notAnObject(_ value: JSONValue) -> JSONLineError {
            JSONLineError(field: nil, description: "expected a JSON object, got \(value.kindDescription)")
        }

        /// A required field is absent.
        static func missing(_ field: String) -> JSONLineError {
            JSONLineError(field: field, description: "missing field '\(field)'")
        }

        /// A field is present but its value is wrong.
        static func invalid(_ field: String, _ message: String) -> JSONLineError {
            JSONLineError(field: field, description: "field '\(field)': \(message)")
        }
    }
}

extension JSONValue {
    /// `a string`, `a number`, `null`…, for error messages.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
