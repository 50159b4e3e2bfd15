/// Thrown by a guarded call under an enforcing ``Policy`` when a checked rule fails.
///
/// ```swift
/// do { let quote = try guardedQuote(cart) }
/// catch let error as InvariantViolationError { print(error.violations.map(\.invariantID)) }
/// ```
public struct InvariantViolationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id of the set whose rules failed.
    public let setID: String
    /// Every rule that failed or threw on this call.
    public let violations: [RuleViolation]
    /// The ids of the records written for this call, in the order of ``violations`` (a record vetoed by
    /// the monitor's `beforeRecord` hook was not written and has none).
    public let eventIDs: [String]

    /// Creates the error.
    public init(setID: String, violations: [RuleViolation], eventIDs: [String]) {
        self.setID = setID
        self.violations = violations
        self.eventIDs = eventIDs
    }

    /// `"invariants violated in pricing.quote: pricing.quote/tax-non-negative [error]: \Quote.tax was -1"`.
    public var description: String {
        "invariants violated in \(setID): " + violations.map(\.description).joined(separator: "; ")
    }
}
