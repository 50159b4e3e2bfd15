public import Foundation

/// One broken rule, recorded with everything a person needs to act on it: which rule, how bad, what
/// went in and came out (redacted), where the code came from, where it was called, and for which request.
///
/// Records are what sinks receive and what the journal stores, one JSON object per line. Their JSON keys
/// are exactly the property names; ``timestamp`` is always an RFC 3339 UTC string with milliseconds.
///
/// ```swift
/// let record = ViolationRecord(
///     setID: "pricing.quote", ruleID: "total-covers-lines", severity: .critical,
///     message: "total 9.99 < sum of lines 10.00",
///     input: .capture(cart), output: .capture(quote),
///     origin: .generated(by: "claude-x"), callSite: CallSite()
/// )
/// record.invariantID   // "pricing.quote/total-covers-lines"
/// ```
public struct ViolationRecord: Sendable, Hashable {
    /// The version of the record format this library writes and reads.
    public static let currentSchema = 1

    /// The version of the record format, ``currentSchema`` for new records.
    public var schema: Int
    /// A random identifier of this event: 32 lowercase hex digits.
    public var eventID: String
    /// When the violation was observed, to the millisecond.
    public var timestamp: Date
    /// The rule set's identifier, such as `pricing.quote`.
    public var setID: String
    /// The rule's identifier within its set, such as `total-covers-lines`.
    public var ruleID: String
    /// How serious the broken rule is.
    public var severity: Severity
    /// The team or person responsible for the rule.
    public var owner: String?
    /// The rule's tags.
    public var tags: [String]
    /// What was wrong, with the observed values.
    public var message: String
    /// The error the rule itself threw, if it threw instead of returning a verdict.
    public var ruleError: String?
    /// The redacted input of the guarded call.
    public var input: Snapshot
    /// The redacted output of the guarded call.
    public var output: Snapshot
    /// Where the guarded code came from.
    public var origin: CodeOrigin
    /// Where the guarded call was made.
    public var callSite: CallSite
    /// Groups repeated violations of one rule at one call site (see ``Fingerprint``).
    public var fingerprint: String
    /// The request, tenant and trace the call was serving.
    public var context: InvariantContext
    /// The probability with which this call was checked, in `(0, 1]`.
    public var samplingRate: Double
    /// For a shadow experiment's record: the candidate's output, the field differences, timings and
    /// errors (see ``ComparisonDetail``); `nil` for a broken rule. Absent from records of older versions.
    ///
    /// ```swift
    /// record.comparison?.differences.map(\.description)   // ["total: 10.00 → 10.01"]
    /// ```
    public var comparison: ComparisonDetail?

    /// The rule's full identifier, `set/rule`, as in alerts and reports.
    public var invariantID: String { setID + "/" + ruleID }

    /// How many violations this record stands for once sampling is accounted for: `1 / samplingRate`.
    public var adjustedCount: Double { 1 / samplingRate }

    /// Creates a record. The event ID, timestamp (rounded to the millisecond), fingerprint and context
    /// default to a fresh random ID, now, ``Fingerprint/of(invariantID:callSite:)`` and
    /// ``InvariantContext/current``. A `samplingRate` outside `(0, 1]` is clamped into it (a non-positive
    /// or non-finite rate becomes 1).
    public init(
        eventID: String = EventID.random(),
        timestamp: Date = Date(),
        setID: String,
        ruleID: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        message: String,
        ruleError: String? = nil,
        input: Snapshot,
        output: Snapshot,
        origin: CodeOrigin = .unknown,
        callSite: CallSite,
        fingerprint: String? = nil,
        context: InvariantContext = .current,
        samplingRate: Double = 1,
        comparison: ComparisonDetail? = nil
    ) {
        self.schema = Self.currentSchema
        self.eventID = eventID
        self.timestamp = RFC3339.roundedToMilliseconds(timestamp)
        self.setID = setID
        self.ruleID = ruleID
        self.severity = severity
        self.owner = owner
        self.tags = tags
        self.message = message
        self.ruleError = ruleError
        self.input = input
        self.output = output
        self.origin = origin
        self.callSite = callSite
        self.fingerprint = fingerprint ?? Fingerprint.of(invariantID: setID + "/" + ruleID, callSite: callSite)
        self.context = context
        self.samplingRate = samplingRate.isFinite && samplingRate > 0 ? min(samplingRate, 1) : 1
        self.comparison = comparison
    }
}
