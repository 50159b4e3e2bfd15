/// Checks a fraction of calls, the same calls in every process for the same request.
///
/// Inside ``withInvariantContext(requestID:tenant:traceID:tags:operation:)`` the decision comes from a
/// stable hash of the request id (or trace id): the 56 high bits of the hash are compared with
/// `p · 2⁵⁶`, so every service sampling at `p` checks the same requests, and a request checked at `p` is
/// also checked at any higher rate. Without a key, a counter spreads checks evenly: the sampler's own (an atomic
/// add) when it is asked directly, each guard's own (a relaxed load and store) when a guard decides before the
/// function runs.
///
/// ```swift
/// InvariantMonitor(sampler: .ratio(0.05))                              // 5 % of calls, every rule
/// InvariantMonitor(sampler: .ratio(0.05).always(for: .critical))       // critical rules on every call
/// InvariantMonitor(sampler: .ratio(0.05).budget(100, per: .seconds(1)).boosting(for: .seconds(60)))
/// ```
public struct RatioSampler: Sampler {
    /// The fraction of calls checked against every rule, in `0...1`.
    ///
    /// ```swift
    /// RatioSampler.ratio(0.05).probability   // 0.05
    /// ```
    public let probability: Double
    /// `probability · 2⁵⁶`: a call is checked when its 56-bit sample is below it.
    @usableFromInline
    let threshold: UInt64
    /// Severities checked on every call, whatever the ratio.
    @usableFromInline
    var alwaysMask: UInt8 = 0
    /// Rules checked on every call, by full id.
    var alwaysRuleIDs: Set<String> = []
    @usableFromInline
    let counter: SamplingCounter
    var budget: SamplingBudget?
    @usableFromInline
    var boost: SamplingBoost?

    /// Creates a sampler checking `probability` of calls.
    ///
    /// - Precondition: `probability` is in `0...1`.
    ///
    /// ```swift
    /// let sampler = RatioSampler(0.05)   // same as .ratio(0.05)
    /// ```
    public init(_ probability: Double) {
        precondition(
            probability.isFinite && (0...1).contains(probability),
            "Sampler.ratio: the probability must be in 0...1, got \(probability)"
        )
        self.probability = probability
        self.threshold = probability >= 1 ? 1 << 56 : UInt64(probability * 0x1p56)
        self.counter = SamplingCounter(seed: UInt64(probability * 0x1p32))
    }

    /// Whether the call whose 64-bit sample is `sample` falls in the checked fraction.
    ///
    /// ```swift
    /// RatioSampler(0.5).admits(sample: SamplingKey.hash("req-42"))   // the same answer in every process
    /// ```
    @inlinable
    public func admits(sample: UInt64) -> Bool {
        sample >> 8 < threshold
    }

    /// Every rule when the call falls in the sampled fraction (and the budget allows it), else only the rules of
    /// the ``always(for:)-(Severity...)`` severities; plus the rules boosted after a recent violation.
    ///
    /// ```swift
    /// let selection = RatioSampler(0.05).always(for: .critical).decide(setID: "pricing.quote")
    /// ```
    public func decide(setID: String) -> RuleSelection {
        decide(setID: setID, sample: SamplingKey.current ?? counter.next())
    }

    /// ``decide(setID:)`` for a call whose sample was drawn already (by a guard's ``RatioGate``).
    func decide(setID: String, sample: UInt64) -> RuleSelection {
        var selection: RuleSelection
        if admits(sample: sample), budget?.take(setID: setID) ?? true {
            selection = .all
        } else {
            selection = RuleSelection(severityMask: alwaysMask)
        }
        if let boost {
            let boosted = boost.boostedOrdinals(setID: setID)
            if !boosted.isEmpty { selection = selection.including(ordinals: boosted) }
        }
        return selection
    }

    /// 1 for rules checked on every call (``always(for:)-(Severity...)`` severities, ``always(for:)-(String...)``
    /// rules, boosted rules), else the probability.
    ///
    /// A ``budget(_:per:)`` lowers the real rate below the probability when it is spent; records do not
    /// account for that, so counts scaled back up from a budgeted set are an upper bound.
    ///
    /// ```swift
    /// RatioSampler(0.05).always(for: .critical).rate(for: criticalRule, in: "pricing.quote")   // 1
    /// ```
    public func rate(for rule: RuleDescriptor, in setID: String) -> Double {
        if alwaysMask & rule.severity.bit != 0 || alwaysRuleIDs.contains(rule.id) { return 1 }
        if let boost, boost.isBoosted(setID: setID, ordinal: rule.ordinal) { return 1 }
        return probability
    }

    /// The ordinals of the rules named in ``always(for:)-(String...)``.
    ///
    /// ```swift
    /// let sampler = RatioSampler(0.01).always(for: "pricing.quote/exempt-pays-no-tax")
    /// sampler.alwaysCheckedOrdinals(of: quoteRules.rules, in: "pricing.quote")   // [3]
    /// ```
    public func alwaysCheckedOrdinals(of rules: [RuleDescriptor], in setID: String) -> [Int] {
        alwaysRuleIDs.isEmpty ? [] : rules.filter { alwaysRuleIDs.contains($0.id) }.map(\.ordinal)
    }

    /// Starts a boost of the failed rules when the sampler was made with ``boosting(for:)``; otherwise nothing.
    ///
    /// ```swift
    /// sampler.noteViolations(setID: "pricing.quote", ordinals: [3])   // rule 3 checked on every call for a while
    /// ```
    public func noteViolations(setID: String, ordinals: [Int]) {
        boost?.boost(setID: setID, ordinals: ordinals)
    }

    /// `"ratio(0.05) always(critical) budget(100/1.0 seconds) boost(60.0 seconds)"`.
    ///
    /// ```swift
    /// print(RatioSampler(0.05).always(for: .critical))   // ratio(0.05) always(critical)
    /// ```
    public var description: String {
        var text = "ratio(\(probability))"
        let always = Severity.allCases.filter { alwaysMask & $0.bit != 0 }
        if !always.isEmpty { text += " always(\(always.map(\.rawValue).joined(separator: ",")))" }
        if !alwaysRuleIDs.isEmpty { text += " always(\(alwaysRuleIDs.sorted().joined(separator: ",")))" }
        if let budget { text += " budget(\(budget.limit)/\(budget.interval))" }
        if let boost { text += " boost(\(boost.duration))" }
        return text
    }
}

extension Sampler where Self == RatioSampler {
    /// Checks `probability` of calls; see ``RatioSampler``.
    ///
    /// ```swift
    /// InvariantMonitor(sampler: .ratio(0.05).always(for: .critical))
    /// ```
    public static func ratio(_ probability: Double) -> RatioSampler { RatioSampler(probability) }
}
