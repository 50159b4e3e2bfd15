/// One captured input to replay in tests: what `invariants export` writes, one JSON object per line.
///
/// A fixture line is either a `RegressionCase` or a whole ``ViolationRecord`` (a journal line), so a
/// journal can be replayed as it is. A case exported from review also carries the output judged wrong,
/// the reviewer's correction and the reviewer's name.
///
/// ```json
/// {"id":"3f2a…","invariantID":"pricing.quote/tax-non-negative","input":{"value":{"lines":[…]}}}
/// ```
public struct RegressionCase: Sendable, Hashable, Codable {
    /// Where the case came from: the event id of the violation, or the id of a review item.
    ///
    /// ```swift
    /// fixture.cases.map(\.id)   // ["3f2a…", "review-17"]
    /// ```
    public var id: String
    /// The rule the input broke, if it broke one.
    ///
    /// ```swift
    /// regression.invariantID   // "pricing.quote/tax-non-negative"
    /// ```
    public var invariantID: String?
    /// The captured input, redacted.
    ///
    /// ```swift
    /// let cart = try regression.input.decode(Cart.self, allowingRedactions: true)
    /// ```
    public var input: Snapshot
    /// Why the case is kept, for people reading the fixture.
    ///
    /// ```swift
    /// regression.note   // "tax charged to an exempt customer, INC-2231"
    /// ```
    public var note: String?
    /// The output a reviewer judged wrong, redacted: replay fails while the function still returns it.
    ///
    /// ```swift
    /// regression.output?.value?["tax"]   // .number("0")
    /// ```
    public var output: Snapshot?
    /// What the output should have been, as the reviewer said: replay compares the new output with it.
    ///
    /// ```swift
    /// regression.correction?.description   // "tax = 4.80"
    /// ```
    public var correction: ReviewCorrection?
    /// Who judged the output wrong (several joined by `, `).
    ///
    /// ```swift
    /// regression.reviewer   // "ann"
    /// ```
    public var reviewer: String?
    /// For a case of a randomised relation: the seed that rebuilds the transformed input (see ``RelationSeed``).
    ///
    /// ```swift
    /// regression.seed?.description   // "9f86d081884c7d65"
    /// ```
    public var seed: RelationSeed?

    /// Creates a case; `output`, `correction` and `reviewer` come from review (see `RegressionCase(item)`).
    ///
    /// ```swift
    /// RegressionCase(id: "pinned-1", invariantID: "pricing.quote/exempt-pays-no-tax", input: .capture(cart))
    /// RegressionCase(id: "pinned-2", input: .capture(cart), correction: ReviewCorrection(expected: ["tax": 4.8]))
    /// ```
    public init(
        id: String,
        invariantID: String? = nil,
        input: Snapshot,
        note: String? = nil,
        output: Snapshot? = nil,
        correction: ReviewCorrection? = nil,
        reviewer: String? = nil,
        seed: RelationSeed? = nil
    ) {
        self.id = id
        self.invariantID = invariantID
        self.input = input
        self.note = note
        self.output = output
        self.correction = correction
        self.reviewer = reviewer
        self.seed = seed
    }

    /// The case of a recorded violation.
    ///
    /// ```swift
    /// let line = try String(decoding: JSONEncoder().encode(RegressionCase(record, note: "INC-2231")), as: UTF8.self)
    /// ```
    public init(_ record: ViolationRecord, note: String? = nil) {
        self.init(
            id: record.eventID, invariantID: record.invariantID, input: record.input, note: note,
            seed: record.comparison?.seed)
    }
}
