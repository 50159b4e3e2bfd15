extension Redaction {
    /// Returns free text with its secrets replaced by ``placeholder``: the value after every sensitive label
    /// (`password=hunter2`, `Authorization: Bearer …`, `{'api_key': 'x'}`, "the password is x", or a Swift
    /// description such as `User(name: "ann", token: "abc")`), the value of a pair whose name is sensitive
    /// (`("X-Api-Key", "abc")`, `{"key": "password", "value": "x"}`), and every value shape: JWTs,
    /// `Bearer`/`Basic` credentials, PEM private-key blocks, URL userinfo, SSNs and card numbers.
    ///
    /// A labelled value runs to the end of a quoted string, or else to the next `,`, `;`, `&`, line break or
    /// unbalanced closing bracket; in prose, to the end of the word.
    ///
    /// ```swift
    /// Redaction.default.redact(text: "paid with 4111-1111-1111-1111, token=abc123")
    /// // "paid with [Filtered], token=[Filtered]"
    /// ```
    public func redact(text: String) -> String {
        redactingText(text) ?? text
    }

    /// The redacted text, or `nil` when there was nothing to redact.
    func redactingText(_ text: String) -> String? {
        guard scansText || redactsCardNumbers, !text.isEmpty else { return nil }
        // Scanned in place: nothing is copied or allocated unless a secret is found.
        var text = text
        return text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            if scansText {
                var labelled = LabelledSecrets(bytes, redaction: self)
                labelled.scan()
                ranges = labelled.ranges
            }
            if redactsValueShapes { SecretShapes.appendRanges(in: bytes, to: &ranges) }
            if redactsCardNumbers { CardNumbers.appendRanges(in: bytes, to: &ranges) }
            return SecretRanges.replacing(ranges, in: bytes)
        }
    }
}
