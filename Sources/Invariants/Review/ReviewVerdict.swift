public import Foundation

/// A reviewer's judgement of one reviewed call's output.
///
/// The label judges the *output*, not the rules: `incorrect` on a call whose rules passed means the rules
/// missed a bug; `correct` on a call whose rules failed means a false alarm. ``ReviewStats`` counts both per
/// rule. People say it with words that read right for the call (``Label/parse(word:onPassingCall:)``):
/// `confirmed` / `false-alarm` on a violation, `ok` / `missed` on a passing call, `unsure` on both; the
/// stored label stays `correct` / `incorrect` / `unsure`, so every queue keeps one format.
///
/// ```swift
/// let verdict = ReviewVerdict(itemID: item.id, reviewer: "ann", label: .incorrect, comment: "exempt cart taxed")
/// try queue.record(verdict)   // a second verdict by "ann" on this item replaces this one
/// ```
public struct ReviewVerdict: Sendable, Hashable {
    /// What the reviewer concluded about the output.
    ///
    /// ```swift
    /// ReviewVerdict.Label(rawValue: "incorrect")   // .incorrect
    /// ```
    public enum Label: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// The output was right.
        ///
        /// ```swift
        /// ReviewVerdict(itemID: item.id, reviewer: "ann", label: .correct)   // a false alarm if the rules failed
        /// ```
        case correct
        /// The output was wrong.
        ///
        /// ```swift
        /// ReviewVerdict(itemID: item.id, reviewer: "ann", label: .incorrect, comment: "exempt cart taxed")
        /// ```
        case incorrect
        /// The reviewer could not tell; the item stays pending for someone else.
        ///
        /// ```swift
        /// // an item nobody has judged stays pending:
        /// item.recording(ReviewVerdict(itemID: item.id, reviewer: "bob", label: .unsure)).status   // .pending
        /// ```
        case unsure

        /// The raw value: `correct`, `incorrect` or `unsure`.
        ///
        /// ```swift
        /// ReviewVerdict.Label.incorrect.description   // "incorrect"
        /// ```
        public var description: String { rawValue }
    }

    /// The ``ReviewItem/id`` of the item judged.
    ///
    /// ```swift
    /// verdict.itemID == item.id
    /// ```
    public var itemID: String
    /// Who judged it; one verdict per reviewer and item counts.
    ///
    /// ```swift
    /// verdict.reviewer   // "ann"
    /// ```
    public var reviewer: String
    /// The judgement.
    ///
    /// ```swift
    /// verdict.label   // .incorrect
    /// ```
    public var label: Label
    /// Why, in the reviewer's words.
    ///
    /// ```swift
    /// verdict.comment   // "exempt customer charged tax"
    /// ```
    public var comment: String?
    /// What the output should have been, when the reviewer said: replay compares the new output with it.
    ///
    /// ```swift
    /// verdict.correction?.description   // "tax = 4.80"
    /// ```
    public var correction: ReviewCorrection?
    /// When the verdict was given.
    ///
    /// ```swift
    /// verdict.time <= Date()
    /// ```
    public var time: Date

    /// Creates a verdict, by default given now.
    ///
    /// ```swift
    /// ReviewVerdict(itemID: "3f2a…", reviewer: "ann", label: .correct)
    /// ReviewVerdict(itemID: "3f2a…", reviewer: "ann", label: .incorrect,
    ///               correction: try ReviewCorrection(assignments: ["tax = 4.80"]))
    /// ```
    public init(
        itemID: String,
        reviewer: String,
        label: Label,
        comment: String? = nil,
        correction: ReviewCorrection? = nil,
        time: Date = Date()
    ) {
        self.itemID = itemID
        self.reviewer = reviewer
        self.label = label
        self.comment = comment
        self.correction = correction?.isEmpty == true ? nil : correction
        self.time = RFC3339.roundedToMilliseconds(time)
    }
}
