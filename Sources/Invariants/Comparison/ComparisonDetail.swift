/// What a shadow experiment saw on a call where the candidate disagreed with the control, threw or timed
/// out: kept in ``ViolationRecord/comparison`` of the record, next to the input and the control's output.
///
/// A relation's record (see ``Relation``) keeps its second call here: the candidate is the call on the
/// transformed input (``transformedInput``, ``seed``) or on the same input again.
///
/// ```swift
/// if let comparison = record.comparison {
///     comparison.differences.map(\.description)   // ["total: 10.00 → 10.01"]
///     comparison.candidateError                   // nil
/// }
/// ```
public struct ComparisonDetail: Sendable, Hashable {
    /// The candidate's output, redacted; `nil` when it threw or timed out.
    ///
    /// ```swift
    /// record.comparison?.candidateOutput?.value?["total"]   // .number("10.01")
    /// ```
    public var candidateOutput: Snapshot?
    /// The fields where the candidate's output differs from the control's (``ViolationRecord/output``).
    ///
    /// ```swift
    /// record.comparison?.differences.map(\.path)   // ["tax", "total"]
    /// ```
    public var differences: [FieldDifference]
    /// Where the control's code came from (the record's ``ViolationRecord/origin`` is the candidate's).
    ///
    /// ```swift
    /// record.comparison?.controlOrigin   // written by a human (commit 1a2b3c4)
    /// ```
    public var controlOrigin: CodeOrigin
    /// How long the control took, in milliseconds.
    ///
    /// ```swift
    /// record.comparison?.controlMilliseconds   // 0.05
    /// ```
    public var controlMilliseconds: Double?
    /// How long the candidate took, in milliseconds; `nil` when it timed out.
    ///
    /// ```swift
    /// record.comparison?.candidateMilliseconds   // 0.07
    /// ```
    public var candidateMilliseconds: Double?
    /// The error the candidate threw, redacted; `nil` when it returned.
    ///
    /// ```swift
    /// record.comparison?.candidateError   // "rate table missing for EUR"
    /// ```
    public var candidateError: String?
    /// Whether the candidate did not finish within the experiment's timeout.
    ///
    /// ```swift
    /// journal.filter { $0.comparison?.timedOut == true }.count
    /// ```
    public var timedOut: Bool
    /// For a relation's record: the input of the second call, redacted; `nil` for an experiment (both ran on
    /// the record's input) and for a determinism relation (the same input again).
    ///
    /// ```swift
    /// record.comparison?.transformedInput?.value?["lines"]   // the reordered lines
    /// ```
    public var transformedInput: Snapshot?
    /// For a randomised relation's record: the seed of its transform, which rebuilds the second call's input
    /// from ``ViolationRecord/input`` in a replay.
    ///
    /// ```swift
    /// record.comparison?.seed?.description   // "9f86d081884c7d65"
    /// ```
    public var seed: RelationSeed?

    /// Creates the detail of one comparison.
    ///
    /// ```swift
    /// ComparisonDetail(candidateOutput: .capture(newQuote), differences: JSONDiff.differences(from: old, to: new))
    /// ```
    public init(
        candidateOutput: Snapshot? = nil,
        differences: [FieldDifference] = [],
        controlOrigin: CodeOrigin = .unknown,
        controlMilliseconds: Double? = nil,
        candidateMilliseconds: Double? = nil,
        candidateError: String? = nil,
        timedOut: Bool = false,
        transformedInput: Snapshot? = nil,
        seed: RelationSeed? = nil
    ) {
        self.candidateOutput = candidateOutput
        self.differences = differences
        self.controlOrigin = controlOrigin
        self.controlMilliseconds = controlMilliseconds
        self.candidateMilliseconds = candidateMilliseconds
        self.candidateError = candidateError
        self.timedOut = timedOut
        self.transformedInput = transformedInput
        self.seed = seed
    }
}
