import Foundation

/// Secrets planted in every shape ``Redaction/default`` must hide: each is a distinct token wrapped in a
/// shape (a sensitive key in some spelling, a labelled value in text, a JWT, a PEM block…). A test leaks
/// a secret when the token's bytes appear in anything written.
struct PlantedSecrets {
    /// Every planted token, in planting order.
    private(set) var tokens: [String] = []

    /// A fresh token: letters and digits only, so no JSON or URL escaping can hide it from the search.
    mutating func token() -> String {
        let token = "Zq\(tokens.count)Sx\((tokens.count * 7_919) % 997)Kw"
        tokens.append(token)
        return token
    }

    /// Registers a secret that has its own shape (a card number, an SSN) and returns it.
    mutating func plant(_ secret: String) -> String {
        tokens.append(secret)
        return secret
    }

    /// Key spellings of every sensitive key family.
    static let keys = [
        "password", "db_password", "Password", "clientSecret", "client-secret", "x-api-key", "API_KEY", "apiKey",
        "private_key", "Private-Key", "accessToken", "refresh-token", "authorization", "Authorization", "Cookie",
        "Set-Cookie", "session_id", "sessionToken", "pin", "userPIN", "cvv", "CVC", "credentials", "passphrase",
        "SECRET", "aws_access_key",
    ]

    /// Free-text shapes, each wrapping one token.
    static let textShapes: [@Sendable (String) -> String] = [
        { "password: \($0)" },
        { "token=\($0)&next=1" },
        { "the password is \($0)." },
        { "the API key is \($0)" },
        { "{'api_key': '\($0)'}" },
        { #"{"key": "password", "value": "\#($0)"}"# },
        { #"{"name": "Authorization", "value": "\#($0)"}"# },
        { #"[("X-Api-Key", "\#($0)")]"# },
        { "request failed: Bearer \($0)" },
        { "Authorization: Basic dXNlcjpwYXNz\($0)" },
        { "db_password=\($0); host=db" },
        { "clientSecret: \($0)" },
        { "private key: \($0)" },
        { "postgres://app:\($0)@db.internal:5432/app" },
        { "https://\($0)@git.internal/repo" },
        { "jwt eyJhbGciOiJIUzI1NiJ9.eyJ\($0).c2ln" },
        { "-----BEGIN RSA PRIVATE KEY-----\nMIIE\($0)\n-----END RSA PRIVATE KEY-----" },
        { "cvc=\($0)" },
        { "PIN: \($0)" },
        { "Set-Cookie: sid=\($0)" },
    ]

    /// A Luhn-valid 16-digit card number, distinct for each `index`.
    static func cardNumber(_ index: Int) -> String {
        let body = "4000" + String(format: "%011d", 7_300_000 + index * 131)
        var sum = 0
        for (offset, character) in body.reversed().enumerated() {
            var digit = character.wholeNumberValue!
            if offset % 2 == 0 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return body + String((10 - sum % 10) % 10)
    }

    /// A social security number written `ddd-dd-dddd`, distinct for each `index`.
    static func ssn(_ index: Int) -> String {
        "\(200 + index)-\(10 + index % 89)-\(4000 + index)"
    }
}
