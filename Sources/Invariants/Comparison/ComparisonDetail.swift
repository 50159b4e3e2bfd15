/// What a shadow experiment saw on a call where the candidate disagreed with the control, threw or timed
/// out: kept in ``ViolationRecord/comparison`` of the record, next to the input and the control's output.
///
/// ```swift
/// if let comparison = record.comparison {
///     comparison.differences.map(\.description)   // ["total: 10.00 → 10.01"]
///     comparison.candidateError                   // nil
/// }
/// ```
public struct ComparisonDetail: Sendable, Hashable {
    /// The candidate's output, redacted; `nil` when it threw or timed out.
    public var candidateOutput: Snapshot?
    /// The fields where the candidate's output differs from the control's (``ViolationRecord/output``).
    public var differences: [FieldDifference]
    /// Where the control's code came from (the record's ``ViolationRecord/origin`` is the candidate's).
    public var controlOrigin: CodeOrigin
    /// How long the control took, in milliseconds.
    public var controlMilliseconds: Double?
    /// How long the candidate took, in milliseconds; `nil` when it timed out.
    public var candidateMilliseconds: Double?
    /// The error the candidate threw, redacted; `nil` when it returned.
    public var candidateError: String?
    /// Whether the candidate did not finish within the experiment's timeout.
    public var timedOut: Bool

    /// Creates the detail of one comparison.
    public init(
        candidateOutput: Snapshot? = nil,
        differences: [FieldDifference] = [],
        controlOrigin: CodeOrigin = .unknown,
        controlMilliseconds: Double? = nil,
        candidateMilliseconds: Double? = nil,
        candidateError: String? = nil,
        timedOut: Bool = false
    ) {
        self.candidateOutput = candidateOutput
        self.differences = differences
        self.controlOrigin = controlOrigin
        self.controlMilliseconds = controlMilliseconds
        self.candidateMilliseconds = candidateMilliseconds
        self.candidateError = candidateError
        self.timedOut = timedOut
    }
}
