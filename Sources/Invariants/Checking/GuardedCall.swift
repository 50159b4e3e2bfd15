/// Everything one guarded function needs on each call, behind one reference.
///
/// The closure `guarded` returns captures this object and the wrapped function only, so a call
/// borrows the set, the site and the monitor instead of copying (and retaining) their strings.
@usableFromInline
final class GuardedCall<Input, Output>: Sendable {
    @usableFromInline
    let monitor: InvariantMonitor
    @usableFromInline
    let set: InvariantSet<Input, Output>
    @usableFromInline
    let site: GuardSite
    @usableFromInline
    let fallback: (@Sendable (Input, [RuleViolation]) -> Output)?
    /// This function's rule counts, when the monitor keeps them.
    @usableFromInline
    let tally: RuleTally?
    /// ``RuleSelection/all``, counting into ``tally``.
    @usableFromInline
    let everyRule: RuleSelection
    /// The rules the sampler checks on every call of this set, asked once.
    @usableFromInline
    let alwaysChecked: RuleSelection
    /// The review routes that can take this function's calls; `nil` (one branch per call) when none can.
    @usableFromInline
    let review: SiteReviewRoutes?
    /// Each rule's fingerprint at this call site, by ordinal, computed once for the violation path.
    @usableFromInline
    let fingerprints: [String]

    @usableFromInline
    init(
        monitor: InvariantMonitor,
        set: InvariantSet<Input, Output>,
        site: GuardSite,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)?
    ) {
        self.monitor = monitor
        self.set = set
        self.site = site
        self.fallback = fallback
        self.alwaysChecked = monitor.alwaysChecked(in: set)
        if monitor.countsRuleHealth {
            let tally = RuleTally(ruleCount: set.rules.count)
            monitor.healthRegistry.register(setID: set.id, rules: set.rules, tally: tally)
            self.tally = tally
        } else {
            self.tally = nil
        }
        self.everyRule = RuleSelection.all.counting(into: tally)
        self.review = monitor.reviewRoutes(for: set, origin: site.origin)
        self.fingerprints = set.rules.map { Fingerprint.of(invariantID: $0.id, callSite: site.callSite) }
    }

    deinit {
        if let tally { monitor.healthRegistry.retire(tally) }
    }

    /// Samples, evaluates, and on failure records and applies the policy. The whole hot path.
    @inlinable @inline(__always)
    func check(_ input: Input, _ output: Output) throws(InvariantViolationError) -> Output {
        let selection: RuleSelection
        switch monitor.samplingMode {
        case .always: selection = everyRule
        case .never: return output
        case .custom: selection = monitor.decide(setID: set.id, always: alwaysChecked, tally: tally)
        }
        if selection.isEmpty { return output }
        var violations: [RuleViolation] = []
        set.evaluator(input, output, selection, &violations)
        if review != nil { routeForReview(input, output, selection, violations) }
        if violations.isEmpty { return output }
        return try monitor.resolve(
            violations, input: input, output: output, set: set, site: site, fingerprints: fingerprints,
            fallback: fallback)
    }
}
