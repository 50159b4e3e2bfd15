/// Which parts of a captured value are secrets, and how they are hidden before anything leaves the caller.
///
/// A redaction replaces, with the string ``placeholder``:
/// - the whole value of every object member whose **key** looks sensitive. Keys are compared after
///   lowercasing and removing `_`, `-`, `.` and spaces, and a pattern matches anywhere in the key, so
///   `apiKey`, `X-Api-Key`, `session_id` and `creditCardNumber` are all caught by the default patterns;
/// - the whole value at every configured **path**, such as `customer.email` or `lines[].note`;
/// - inside every other string, and in messages, rule errors and context tags: the value after a sensitive
///   label (`password: x`, `token=x`, `{'api_key': 'x'}`, `("X-Api-Key", "x")`, "the password is x"), and
///   every **value shape** that is a secret wherever it appears: JWTs (`eyJ…`), `Bearer`/`Basic`
///   credentials, PEM private-key blocks, URL userinfo (`user:pw@host`), SSNs (`123-45-6789`) and
///   card numbers (13–19 digits, optionally separated by single spaces or dashes, passing the Luhn check;
///   also as a 13–19 digit integer);
/// - the value of a key/value pair whose name is sensitive: `{"key": "password", "value": "x"}`,
///   `{"name": "Authorization", "value": "x"}`, `["X-Api-Key", "x"]`.
///
/// Context tags are filtered the same way (a tag under a sensitive key loses its value); the request,
/// tenant and trace ids are kept as they are. The full list of shapes is in Docs/RunningInProduction.md.
///
/// ```swift
/// let redaction = Redaction.default
///     .addingKeys("email")
///     .addingPaths("lines[].note")
///     .adding(\Cart.customer.address)
/// let (value, paths) = redaction.redact(try JSONValue.encoding(cart))
/// ```
public struct Redaction: Sendable {
    /// What replaces a redacted value: `"[Filtered]"`.
    ///
    /// ```swift
    /// record.input.value?["password"]   // .string("[Filtered]")
    /// ```
    public static let placeholder = "[Filtered]"

    /// The safe default: keys containing password, passwd, passphrase, secret, token, api_key/apikey,
    /// accesskey, privatekey, authorization, credential, cookie, session, cvv, cardnumber (in any spelling:
    /// `db_password`, `clientSecret`, `x-api-key`, `Private-Key`, `card number`), plus keys whose whole
    /// word is `ssn`, `pan`, `pin`, `pwd` or `cvc` (so `userSSN` and `pin` are redacted but
    /// `businessName`, `company` and `shipping` are not); every value shape listed above.
    ///
    /// ```swift
    /// Redaction.default.redact(["user": "ann", "password": "hunter2"]).value
    /// // ["user": "ann", "password": "[Filtered]"]
    /// ```
    public static let `default` = Redaction(
        keyPatterns: [
            "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
            "authorization", "credential", "cookie", "session", "cvv", "cardnumber",
        ].map { KeyPattern.substring(Array($0.utf8)) }
            + ["ssn", "pan", "pin", "pwd", "cvc"].map { KeyPattern.word(Array($0.utf8)) },
        paths: [],
        redactsCardNumbers: true,
        redactsValueShapes: true
    )

    /// No redaction at all: values are captured as they are. Use only for data known to hold no secrets.
    ///
    /// ```swift
    /// InvariantMonitor(redaction: .none)   // only for data known to hold no secrets
    /// ```
    public static let none = Redaction(keyPatterns: [], paths: [], redactsCardNumbers: false, redactsValueShapes: false)

    /// How a key is recognised as sensitive.
    enum KeyPattern: Sendable, Hashable {
        /// The normalised key (lowercased, without `_ - .` and spaces) contains these bytes.
        case substring([UInt8])
        /// One of the words of the key (split at separators and camel-case humps), lowercased, equals these bytes.
        case word([UInt8])
    }

    var keyPatterns: [KeyPattern] {
        didSet { keyMatcher = RedactionKeyMatcher(keyPatterns) }
    }
    var paths: [RedactionPath]
    var redactsCardNumbers: Bool
    /// Whether JWTs, `Bearer`/`Basic` credentials, PEM private keys, URL userinfo and SSNs are found in text.
    var redactsValueShapes: Bool
    /// The key patterns laid out for ``isSensitive(key:)``.
    private(set) var keyMatcher: RedactionKeyMatcher

    init(keyPatterns: [KeyPattern], paths: [RedactionPath], redactsCardNumbers: Bool, redactsValueShapes: Bool) {
        self.keyPatterns = keyPatterns
        self.paths = paths
        self.redactsCardNumbers = redactsCardNumbers
        self.redactsValueShapes = redactsValueShapes
        self.keyMatcher = RedactionKeyMatcher(keyPatterns)
    }

    /// Whether free text can hold anything this redaction hides (a labelled value or a value shape).
    var scansText: Bool { !keyPatterns.isEmpty || redactsValueShapes }

    /// A copy that also redacts every member whose key contains one of `keys`, compared like the defaults
    /// (case-insensitively, ignoring `_`, `-`, `.` and spaces).
    ///
    /// ```swift
    /// Redaction.default.addingKeys("email", "date_of_birth")   // also catches "customerEmail", "dateOfBirth"
    /// ```
    public func addingKeys(_ keys: String...) -> Redaction {
        var copy = self
        for key in keys {
            let normalized = Self.normalizedKey(key)
            precondition(!normalized.isEmpty, "Redaction.addingKeys: the key '\(key)' is empty once normalised")
            copy.keyPatterns.append(.substring(normalized))
        }
        return copy
    }

    /// A copy that also redacts the values at `paths`, written from the root of the captured value with dots
    /// between keys and `[]` for every element of an array (`[2]` for one element).
    ///
    /// ```swift
    /// Redaction.default.addingPaths("customer.email", "lines[].note", "[].password")
    /// ```
    public func addingPaths(_ paths: String...) -> Redaction {
        var copy = self
        for path in paths {
            copy.paths.append(RedactionPath(parsing: path))
        }
        return copy
    }

    /// Lowercases ASCII letters and drops `_`, `-`, `.` and spaces.
    static func normalizedKey(_ key: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(key.utf8.count)
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): result.append(byte + 32)
            default: result.append(byte)
            }
        }
        return result
    }
}
