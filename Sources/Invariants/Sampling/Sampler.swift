/// Decides, per call, whether a guarded function's output is checked, and against which rules.
///
/// The decision must be cheap: it runs on every call of a guarded function, before anything else.
///
/// ```swift
/// let monitor = InvariantMonitor(sampler: .always)
/// ```
public protocol Sampler: Sendable, CustomStringConvertible {
    /// Which rules of the set with this id to check on this call; ``SamplingDecision/skip`` to check none.
    func decide(setID: String) -> SamplingDecision
}

/// What a ``Sampler`` decided for one call.
public struct SamplingDecision: Sendable, Hashable {
    /// The rules to check; empty when the call is skipped.
    public var selection: RuleSelection
    /// The probability with which this call was checked, recorded so reports can scale counts back up.
    public var rate: Double

    /// Creates a decision.
    @inlinable
    public init(selection: RuleSelection, rate: Double) {
        self.selection = selection
        self.rate = rate
    }

    /// Check every rule; the call was certain to be checked.
    @inlinable
    public static var checkAll: SamplingDecision { SamplingDecision(selection: .all, rate: 1) }

    /// Check nothing.
    @inlinable
    public static var skip: SamplingDecision { SamplingDecision(selection: .none, rate: 0) }
}
