import Invariants
import Testing

/// Secrets in free text: labelled values in every spelling and value shapes wherever they appear.
struct SecretTextRedactionTests {
    private let redaction = Redaction.default

    @Test(arguments: [
        ("db_password=hunter2; next", "db_password=[Filtered]; next"),
        ("clientSecret: s3cr3t", "clientSecret: [Filtered]"),
        ("x-api-key: k-123", "x-api-key: [Filtered]"),
        ("{'api_key': 'abc'}", "{'api_key': [Filtered]}"),
        (#"{"Private-Key": "pk"}"#, #"{"Private-Key": [Filtered]}"#),
        (#"[("Authorization", "Bearer abc")]"#, #"[("Authorization", [Filtered])]"#),
        (#"[("X-Api-Key", "abc")]"#, #"[("X-Api-Key", [Filtered])]"#),
        (#"{"key": "password", "value": "x1"}"#, #"{"key": "password", "value": [Filtered]}"#),
        (#"{"name": "Authorization", "value": "v1"}"#, #"{"name": "Authorization", "value": [Filtered]}"#),
        ("the password is hunter2.", "the password is [Filtered]."),
        ("the API key is sk_live_1", "the API key is [Filtered]"),
        ("private key: abc", "private key: [Filtered]"),
        ("PIN=1234, cvc=987", "PIN=[Filtered], cvc=[Filtered]"),
        ("failed with Bearer abc.def", "failed with Bearer [Filtered]"),
        ("auth Basic dXNlcjpwYXNz", "auth Basic [Filtered]"),
        ("a basic information page", "a basic information page"),
        ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_x here", "jwt [Filtered] here"),
        ("postgres://app:pw0rd@db:5432/x", "postgres://[Filtered]@db:5432/x"),
        ("https://example.com/a@b", "https://example.com/a@b"),
        ("ssn 123-45-6789 ok", "ssn [Filtered] ok"),
        ("date 2026-12-06, phone 555-0100", "date 2026-12-06, phone 555-0100"),
        (
            "k -----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY----- end",
            "k [Filtered] end"
        ),
        (
            "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"
        ),
        ("Quote.tax was -0.01", "Quote.tax was -0.01"),
        ("don't panic: it's fine", "don't panic: it's fine"),
    ])
    func redactsLabelsAndShapes(text: String, expected: String) {
        #expect(redaction.redact(text: text) == expected)
    }

    @Test func redactionIsIdempotent() {
        let once = redaction.redact(text: "token=abc, Bearer xyz, ssn 123-45-6789")
        #expect(redaction.redact(text: once) == once)
    }

    @Test func noneRedactsNothing() {
        let text = "password: x, Bearer y, eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"
        #expect(Redaction.none.redact(text: text) == text)
    }

    @Test func pairObjectsAndHeaderPairsInCapturedValues() {
        let input: JSONValue = [
            "fields": [["key": "password", "value": "x1"], ["key": "user", "value": "ann"]],
            "headers": [["X-Api-Key", "k1"], ["Accept", "json"]],
            "note": "see https://u:p@host/",
        ]
        let (value, paths) = redaction.redact(input)
        #expect(
            value == [
                "fields": [["key": "password", "value": "[Filtered]"], ["key": "user", "value": "ann"]],
                "headers": [["X-Api-Key", "[Filtered]"], ["Accept", "json"]],
                "note": "see https://[Filtered]@host/",
            ])
        #expect(paths == ["fields[0].value", "headers[0][1]", "note"])
    }

    @Test func contextTagsUnderSensitiveKeysAreFilteredAndIDsKept() {
        let context = InvariantContext(
            requestID: "req-1", tenant: "acme", traceID: "t-1",
            tags: ["authorization": "Bearer abc", "apiKey": "k", "region": "eu", "note": "token=zz"])
        let redacted = redaction.redact(context: context)
        #expect(redacted.requestID == "req-1" && redacted.tenant == "acme" && redacted.traceID == "t-1")
        #expect(
            redacted.tags == [
                "authorization": "[Filtered]", "apiKey": "[Filtered]", "region": "eu", "note": "token=[Filtered]",
            ])
    }
}
