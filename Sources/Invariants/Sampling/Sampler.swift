/// Decides, per call, whether a guarded function's output is checked, and against which rules.
///
/// The decision must be cheap: it runs on every call of a guarded function, before anything else.
///
/// ```swift
/// let monitor = InvariantMonitor(sampler: .always)
/// ```
public protocol Sampler: Sendable, CustomStringConvertible {
    /// Which rules of the set with this id to check on this call; ``RuleSelection/none`` to skip it.
    ///
    /// ```swift
    /// let selection = sampler.decide(setID: "pricing.quote")   // .all, .none, or some rules
    /// ```
    func decide(setID: String) -> RuleSelection

    /// The probability with which a rule is checked on a call, recorded with its violations so that
    /// reports can scale counts back up (a violation sampled at 5 % stands for 20).
    ///
    /// `rule` is the rule as the guarded set lists it: its ``RuleDescriptor/ordinal`` is its position in
    /// the set with id `setID`, even when a nested set declared it.
    ///
    /// ```swift
    /// let rate = sampler.rate(for: quoteRules.rules[0], in: "pricing.quote")   // 0.05, or 1 for always-checked rules
    /// ```
    func rate(for rule: RuleDescriptor, in setID: String) -> Double

    /// The rules of a guarded set (by ordinal) to check on every call whatever ``decide(setID:)`` says:
    /// asked once, when a function is wrapped, so per-rule overrides cost nothing per call.
    ///
    /// ```swift
    /// sampler.alwaysCheckedOrdinals(of: quoteRules.rules, in: "pricing.quote")   // [0] when rule 0 is always checked
    /// ```
    func alwaysCheckedOrdinals(of rules: [RuleDescriptor], in setID: String) -> [Int]

    /// Told about the rules that failed on a call (their ordinals in the guarded set), for samplers
    /// that react to violations. Called off the hot path, only when a rule failed.
    ///
    /// ```swift
    /// func noteViolations(setID: String, ordinals: [Int]) { recent.record(setID, ordinals) }   // a custom sampler
    /// ```
    func noteViolations(setID: String, ordinals: [Int])
}

extension Sampler {
    /// Every rule is checked whenever the call is: rate 1.
    ///
    /// ```swift
    /// AlwaysSampler().rate(for: quoteRules.rules[0], in: "pricing.quote")   // 1
    /// ```
    public func rate(for rule: RuleDescriptor, in setID: String) -> Double { 1 }

    /// None.
    ///
    /// ```swift
    /// AlwaysSampler().alwaysCheckedOrdinals(of: quoteRules.rules, in: "pricing.quote")   // []
    /// ```
    public func alwaysCheckedOrdinals(of rules: [RuleDescriptor], in setID: String) -> [Int] { [] }

    /// Ignores violations.
    ///
    /// ```swift
    /// AlwaysSampler().noteViolations(setID: "pricing.quote", ordinals: [3])   // no effect
    /// ```
    public func noteViolations(setID: String, ordinals: [Int]) {}
}
