/// Checks a fraction of calls, the same calls in every process for the same request.
///
/// Inside ``withInvariantContext(requestID:tenant:traceID:tags:operation:)`` the decision comes from a
/// stable hash of the request id (or trace id): the 56 high bits of the hash are compared with
/// `p · 2⁵⁶`, so every service sampling at `p` checks the same requests, and a request checked at `p` is
/// also checked at any higher rate. Without a key, an atomic counter spreads checks evenly.
///
/// ```swift
/// InvariantMonitor(sampler: .ratio(0.05))                              // 5 % of calls, every rule
/// InvariantMonitor(sampler: .ratio(0.05).always(for: .critical))       // critical rules on every call
/// InvariantMonitor(sampler: .ratio(0.05).budget(100, per: .seconds(1)).boosting(for: .seconds(60)))
/// ```
public struct RatioSampler: Sampler {
    /// The fraction of calls checked against every rule, in `0...1`.
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
    var boost: SamplingBoost?

    /// Creates a sampler checking `probability` of calls.
    ///
    /// - Precondition: `probability` is in `0...1`.
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
    @inlinable
    public func admits(sample: UInt64) -> Bool {
        sample >> 8 < threshold
    }

    public func decide(setID: String) -> RuleSelection {
        let sample = SamplingKey.current ?? counter.next()
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

    /// 1 for rules checked on every call (``always(for:)`` severities, boosted rules), else the probability.
    ///
    /// A ``budget(_:per:)`` lowers the real rate below the probability when it is spent; records do not
    /// account for that, so counts scaled back up from a budgeted set are an upper bound.
    public func rate(for rule: RuleDescriptor, in setID: String) -> Double {
        if alwaysMask & rule.severity.bit != 0 || alwaysRuleIDs.contains(rule.id) { return 1 }
        if let boost, boost.isBoosted(setID: setID, ordinal: rule.ordinal) { return 1 }
        return probability
    }

    /// The ordinals of the rules named in ``always(for:)-(String...)``.
    public func alwaysCheckedOrdinals(of rules: [RuleDescriptor], in setID: String) -> [Int] {
        alwaysRuleIDs.isEmpty ? [] : rules.filter { alwaysRuleIDs.contains($0.id) }.map(\.ordinal)
    }

    public func noteViolations(setID: String, ordinals: [Int]) {
        boost?.boost(setID: setID, ordinals: ordinals)
    }

    /// `"ratio(0.05) always(critical) budget(100/1.0 seconds) boost(60.0 seconds)"`.
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
