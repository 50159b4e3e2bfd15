/// Thrown by a guarded call under an enforcing ``Policy`` when a checked rule fails.
///
/// ```swift
/// do { let quote = try guardedQuote(cart) }
/// catch let error as InvariantViolationError { print(error.violations.map(\.invariantID)) }
/// ```
public struct InvariantViolationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id of the set whose rules failed.
    ///
    /// ```swift
    /// error.setID   // "pricing.quote"
    /// ```
    public let setID: String
    /// Every rule that failed or threw on this call.
    ///
    /// ```swift
    /// error.violations.map(\.invariantID)   // ["pricing.quote/total-covers-lines"]
    /// ```
    public let violations: [RuleViolation]
    /// The ids of the records this call produced, in the order of ``violations``. The records are written
    /// after the call returns; one that the buffer dropped or the monitor's `beforeRecord` hook vetoed is
    /// never written (``InvariantMonitor/health`` counts it).
    ///
    /// ```swift
    /// logger.error("quote refused", metadata: ["events": "\(error.eventIDs)"])   // find the records in the journal
    /// ```
    public let eventIDs: [String]

    /// Creates the error.
    ///
    /// ```swift
    /// throw InvariantViolationError(setID: "pricing.quote", violations: outcome.violations, eventIDs: [])
    /// ```
    public init(setID: String, violations: [RuleViolation], eventIDs: [String]) {
        self.setID = setID
        self.violations = violations
        self.eventIDs = eventIDs
    }

    /// `"invariants violated in pricing.quote: pricing.quote/tax-non-negative [error]: \Quote.tax was -1"`.
    ///
    /// ```swift
    /// print(error)
    /// // invariants violated in pricing.quote: pricing.quote/total-covers-lines [critical]: does not hold
    /// ```
    public var description: String {
        "invariants violated in \(setID): " + violations.map(\.description).joined(separator: "; ")
    }
}
