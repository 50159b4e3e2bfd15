/// Why a verdict word was refused.
///
/// ```swift
/// do { _ = try ReviewVerdict.Label.parse(word: "confirmed", onPassingCall: true) } catch { print(error) }
/// // "'confirmed' is for violations; this call passed its rules: say ok, missed or unsure"
/// ```
public enum ReviewVerdictWordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A word nobody uses.
    ///
    /// ```swift
    /// ReviewVerdictWordError.unknown("wrong", ["confirmed", "false-alarm", "unsure"])
    /// ```
    case unknown(String, [String])
    /// A word for the other kind of call (`confirmed` on a passing call), with the word that fits.
    ///
    /// ```swift
    /// ReviewVerdictWordError.otherSituation("ok", passed: false, suggestion: "false-alarm", ["confirmed", "false-alarm", "unsure"])
    /// ```
    case otherSituation(String, passed: Bool, suggestion: String, [String])

    /// One line with the words that fit.
    ///
    /// ```swift
    /// ReviewVerdictWordError.unknown("wrong", ["ok", "missed", "unsure"]).description
    /// // "unknown verdict 'wrong': say ok, missed or unsure"
    /// ```
    public var description: String {
        switch self {
        case .unknown(let word, let accepted):
            "unknown verdict '\(word)': say \(Self.list(accepted))"
        case .otherSituation(let word, let passed, let suggestion, let accepted):
            "'\(word)' is for \(passed ? "violations" : "passing calls"); this call \(passed ? "passed" : "failed") "
                + "its rules (did you mean \(suggestion)?): say \(Self.list(accepted))"
        }
    }

    private static func list(_ words: [String]) -> String {
        words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }
}
