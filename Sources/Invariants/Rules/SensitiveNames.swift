/// Field names whose values never appear in a violation message.
enum SensitiveNames {
    static let patterns = [
        "password", "passwd", "secret", "token", "apikey", "authorization", "cookie", "session", "cvv", "ssn",
        "cardnumber",
    ]
    /// Too short to match inside other words (`company`, `span`): only a whole last component.
    static let wholeWords = ["pan"]

    /// Whether the last component of a field name (`\User.apiKey`) looks like it holds a secret.
    static func matches(_ name: String) -> Bool {
        let last = name.split(separator: ".").last.map(String.init) ?? name
        let normalized = last.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
        return patterns.contains { normalized.contains($0) } || wholeWords.contains(normalized)
    }
}
