extension RatioSampler {
    /// Also checks the rules of these severities on every call.
    ///
    /// Their violations are recorded with rate 1; the others with the sampler's probability.
    ///
    /// ```swift
    /// .ratio(0.05).always(for: .critical)
    /// ```
    public func always(for severities: Severity...) -> RatioSampler {
        var copy = self
        copy.alwaysMask |= severities.reduce(0) { $0 | $1.bit }
        return copy
    }

    /// Also checks these rules on every call, named by their full id (`set/rule`, as in records and
    /// alerts): the rule a team is watching after an incident, a new rule on a new code path.
    ///
    /// Their violations are recorded with rate 1. An id that names no rule of a guarded set has no effect.
    ///
    /// ```swift
    /// .ratio(0.01).always(for: "pricing.quote/exempt-pays-no-tax", "auth.decision/no-cross-tenant-grant")
    /// ```
    public func always(for ruleIDs: String...) -> RatioSampler {
        var copy = self
        copy.alwaysRuleIDs.formUnion(ruleIDs)
        return copy
    }

    /// Checks at most `limit` calls of each set per `interval`, whatever the ratio; rules made
    /// unconditional with ``always(for:)-(Severity...)`` or ``always(for:)-(String...)`` are still checked.
    ///
    /// ```swift
    /// .ratio(0.2).budget(1_000, per: .seconds(1))
    /// ```
    public func budget(_ limit: Int, per interval: Duration = .seconds(1)) -> RatioSampler {
        var copy = self
        copy.budget = SamplingBudget(limit: limit, per: interval)
        return copy
    }

    /// After a rule is violated, checks that rule on every call for `duration`, then falls back.
    ///
    /// ```swift
    /// .ratio(0.01).boosting(for: .seconds(60))
    /// ```
    public func boosting(for duration: Duration) -> RatioSampler {
        var copy = self
        copy.boost = SamplingBoost(duration: duration)
        return copy
    }
}
