import Invariants
import Testing

private struct Customer: Encodable {
    var email: String
    var address: String?
}

private struct Cart: Encodable {
    var customer: Customer?
    var currency: String
}

struct RedactionTests {
    private let filtered = JSONValue.string(Redaction.placeholder)

    @Test(arguments: [
        "password", "Password", "passwd", "client_secret", "token", "accessToken", "refresh-token", "api_key",
        "apiKey", "X-Api-Key", "APIKEY", "authorization", "Authorization", "cookie", "Set-Cookie", "session",
        "session_id", "sessionID", "cvv", "CVV", "ssn", "SSN", "userSSN", "customer_ssn", "card number",
        "card_number", "cardNumber", "creditCardNumber", "cardnumber", "pan", "PAN",
    ])
    func redactsEveryDefaultKeyPatternInNestedObjectsAndArrays(key: String) {
        let input: JSONValue = ["outer": ["items": [["keep": "visible", .init(stringLiteral: key): "s3cr3t-value"]]]]
        let (value, paths) = Redaction.default.redact(input)
        #expect(value == ["outer": ["items": [["keep": "visible", .init(stringLiteral: key): filtered]]]])
        let renderedKey = key.contains(".") ? "[\"\(key)\"]" : "." + key
        #expect(paths == ["outer.items[0]\(renderedKey)"])
    }

    @Test(arguments: ["company", "businessName", "classname", "panel", "expand", "japan", "user", "email", "total"])
    func keepsKeysThatOnlyLookLikeWordPatterns(key: String) {
        let input: JSONValue = [.init(stringLiteral: key): "visible"]
        #expect(Redaction.default.redact(input) == (input, []))
    }

    @Test func replacesTheWholeSubtreeOfASensitiveKey() {
        let input: JSONValue = ["auth": ["session": ["id": "abc", "expires": 12]], "ok": true]
        let (value, paths) = Redaction.default.redact(input)
        #expect(value == ["auth": ["session": filtered], "ok": true])
        #expect(paths == ["auth.session"])
    }

    @Test func redactsLuhnValidCardNumbersInFreeText() {
        let redaction = Redaction.default
        #expect(redaction.redact(text: "paid with 4111 1111 1111 1111 today") == "paid with [Filtered] today")
        #expect(redaction.redact(text: "card 4111-1111-1111-1111, exp 12/30") == "card [Filtered], exp 12/30")
        #expect(redaction.redact(text: "amex 378282246310005.") == "amex [Filtered].")
        #expect(redaction.redact(text: "4111 1111 1111 1111 12 34") == "[Filtered] 12 34")
        #expect(redaction.redact(text: "a 4111111111111111 b 5500005555555559") == "a [Filtered] b [Filtered]")
    }

    @Test func keepsLuhnInvalidAndOverlongDigitRuns() {
        let redaction = Redaction.default
        #expect(redaction.redact(text: "order 4111 1111 1111 1112") == "order 4111 1111 1111 1112")
        #expect(redaction.redact(text: "id 41111111111111110000000") == "id 41111111111111110000000")
        #expect(redaction.redact(text: "phone 555-0100, qty 12") == "phone 555-0100, qty 12")
        #expect(redaction.redact(text: "4111  1111 1111 1111") == "4111  1111 1111 1111")
    }

    @Test func redactsSensitiveLabelledValuesInFreeText() {
        let redaction = Redaction.default
        #expect(redaction.redact(text: "GET /x?token=abc123&page=2") == "GET /x?token=[Filtered]&page=2")
        #expect(
            redaction.redact(text: "Authorization: Bearer eyJhbGci\nAccept: */*")
                == "Authorization: [Filtered]\nAccept: */*"
        )
        #expect(
            redaction.redact(text: #"User(name: "ann", password: Optional("hunter2"), age: 3)"#)
                == #"User(name: "ann", password: [Filtered], age: 3)"#
        )
        #expect(redaction.redact(text: #"["apiKey": "k-1", "id": 7]"#) == #"["apiKey": [Filtered], "id": 7]"#)
        #expect(redaction.redact(text: "total: 12, tokens used") == "total: 12, tokens used")
    }

    @Test func redactsCardNumbersInsideStringValuesAndAsIntegers() {
        let input: JSONValue = [
            "lines": [["note": "card 4111 1111 1111 1111 please"], ["note": "gift"]],
            "ref": .number("4111111111111111"),
            "count": .number("4111111111111112"),
        ]
        let (value, paths) = Redaction.default.redact(input)
        #expect(
            value == [
                "lines": [["note": "card [Filtered] please"], ["note": "gift"]],
                "ref": filtered,
                "count": .number("4111111111111112"),
            ]
        )
        #expect(paths == ["lines[0].note", "ref"])
    }

    @Test func redactsCustomKeysCaseInsensitively() {
        let redaction = Redaction.default.addingKeys("email", "date_of_birth")
        let input: JSONValue = ["customerEmail": "a@b.c", "DateOfBirth": "2000-01-01", "name": "Ann"]
        let (value, paths) = redaction.redact(input)
        #expect(value == ["customerEmail": filtered, "DateOfBirth": filtered, "name": "Ann"])
        #expect(paths == ["DateOfBirth", "customerEmail"])
    }

    @Test func redactsPathsWithEveryElementAndOneElement() {
        let redaction = Redaction.default.addingPaths("customer.email", "lines[].note", "ids[1]")
        let input: JSONValue = [
            "customer": ["email": "a@b.c", "name": "Ann"],
            "lines": [["note": "n1", "sku": "A"], ["sku": "B"], ["note": ["deep": 1]]],
            "ids": ["x", "y", "z"],
            "email": "top-level stays",
        ]
        let (value, paths) = redaction.redact(input)
        #expect(
            value == [
                "customer": ["email": filtered, "name": "Ann"],
                "lines": [["note": filtered, "sku": "A"], ["sku": "B"], ["note": filtered]],
                "ids": ["x", filtered, "z"],
                "email": "top-level stays",
            ]
        )
        #expect(paths == ["customer.email", "ids[1]", "lines[0].note", "lines[2].note"])
    }

    @Test func redactsPathsInARootArray() {
        let redaction = Redaction.none.addingPaths("[].pin")
        let (value, paths) = redaction.redact([["pin": "1234"], ["pin": "5678"]])
        #expect(value == [["pin": filtered], ["pin": filtered]])
        #expect(paths == ["[0].pin", "[1].pin"])
    }

    @Test func redactsSwiftKeyPathsAsTheirPropertyPath() throws {
        let redaction = Redaction.none.adding(\Cart.customer?.email, \Cart.currency)
        let input = try JSONValue.encoding(Cart(customer: Customer(email: "a@b.c", address: "1 Road"), currency: "EUR"))
        let (value, paths) = redaction.redact(input)
        #expect(value == ["customer": ["email": filtered, "address": "1 Road"], "currency": filtered])
        #expect(paths == ["currency", "customer.email"])
    }

    @Test func stopsWithAClearMessageOnAKeyPathItCannotDescribe() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Redaction.none.adding(\Cart.currency.count)
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("Redaction.adding: cannot turn the key path \\Cart.currency.<computed"))
        #expect(message.contains("use addingPaths(_:)"))
    }

    @Test func noneRedactsNothing() {
        let input: JSONValue = ["password": "hunter2", "card": "4111 1111 1111 1111"]
        #expect(Redaction.none.redact(input) == (input, []))
        #expect(Redaction.none.redact(text: "password=hunter2") == "password=hunter2")
    }

    @Test func redactsCardNumbersUsedAsKeysAndNamesTheCleanedPath() {
        let (value, paths) = Redaction.default.redact(["4111111111111111": ["total": 3]])
        #expect(value == ["[Filtered]": ["total": 3]])
        #expect(paths == [#"["[Filtered]"]"#])
    }

    @Test func reportsTheRootAsDollar() {
        let (value, paths) = Redaction.default.redact("4111111111111111")
        #expect(value == filtered)
        #expect(paths == ["$"])
    }

    /// Quoted labels whose values were skipped are not scanned again: text made of `"password"=secretN`
    /// repeated is redacted whole (a scan that went back to each label read the rest of the text each time).
    @Test func everyValueOfRepeatedQuotedLabelsIsFiltered() {
        let text = (0..<2_000).map { "\"password\"=secret\($0)" }.joined(separator: " ")
        let redacted = Redaction.default.redact(text: text)
        #expect(!redacted.contains("secret"))
        #expect(redacted.contains(Redaction.placeholder))
    }
}
