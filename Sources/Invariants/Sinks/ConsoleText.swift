/// Keeps console output to one line per event, whatever the captured values contain.
enum ConsoleText {
    /// `text` with newlines, carriage returns and other control characters escaped (`\n`, `\u{1B}`), so
    /// a value cannot break a log line in two or inject a forged one.
    static func oneLine(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
