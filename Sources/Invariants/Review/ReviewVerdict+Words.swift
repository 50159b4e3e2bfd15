extension ReviewVerdict.Label {
    /// The words a reviewer uses for a label, chosen to read right for the call judged: on a violation
    /// `confirmed` (the output was wrong: the rule was right) or `false-alarm`; on a passing call `ok` or
    /// `missed` (the output was wrong: the rules missed a bug); `unsure` on both.
    ///
    /// ```swift
    /// ReviewVerdict.Label.incorrect.word(onPassingCall: true)    // "missed"
    /// ReviewVerdict.Label.incorrect.word(onPassingCall: false)   // "confirmed"
    /// ```
    public func word(onPassingCall passed: Bool) -> String {
        switch (self, passed) {
        case (.incorrect, true): "missed"
        case (.incorrect, false): "confirmed"
        case (.correct, true): "ok"
        case (.correct, false): "false-alarm"
        case (.unsure, _): "unsure"
        }
    }

    /// The words accepted on a call that passed (`true`) or failed (`false`) its rules, in the order shown.
    ///
    /// ```swift
    /// ReviewVerdict.Label.words(onPassingCall: false)   // ["confirmed", "false-alarm", "unsure"]
    /// ```
    public static func words(onPassingCall passed: Bool) -> [String] {
        passed ? ["ok", "missed", "unsure"] : ["confirmed", "false-alarm", "unsure"]
    }

    /// The label a reviewer's word names on a call that passed or failed its rules.
    ///
    /// The words of ``word(onPassingCall:)`` are accepted where they read right; a word of the other
    /// situation is refused with the words that fit. The stored labels `correct` and `incorrect` still
    /// work, returned with a note saying which word reads better.
    ///
    /// ```swift
    /// try ReviewVerdict.Label.parse(word: "missed", onPassingCall: true).label   // .incorrect
    /// try ReviewVerdict.Label.parse(word: "correct", onPassingCall: false).note   // "'correct' on a violation means false-alarm; …"
    /// ```
    /// - Throws: ``ReviewVerdictWordError`` for an unknown word or one meant for the other kind of call.
    public static func parse(
        word: String, onPassingCall passed: Bool
    ) throws(ReviewVerdictWordError) -> (
        label: Self, note: String?
    ) {
        let word = word.lowercased()
        let accepted = words(onPassingCall: passed)
        if let label = allCases.first(where: { $0.word(onPassingCall: passed) == word }) { return (label, nil) }
        if let label = Self(rawValue: word) {
            let better = label.word(onPassingCall: passed)
            let call = passed ? "a passing call" : "a violation"
            return (label, "'\(word)' on \(call) means \(better); say \(better) (the old word keeps working)")
        }
        if let other = allCases.first(where: { $0.word(onPassingCall: !passed) == word }) {
            throw .otherSituation(word, passed: passed, suggestion: other.word(onPassingCall: passed), accepted)
        }
        throw .unknown(word, accepted)
    }
}
