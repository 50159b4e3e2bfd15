/// A guard for one function: held in a property, called with the function at the call site.
///
/// ```swift
/// final class PricingService {
///     let quoteGuard = monitor.guard(quoteRules, origin: .generated(by: "model-x", prompt: "sha256:…"))
///
///     func quote(_ cart: Cart) throws -> Quote {
///         try quoteGuard(cart) { try PricingEngine.quote($0) }
///     }
/// }
/// ```
///
/// Calling the guard runs the function, then checks its output on the calls the monitor's sampler picks.
/// The skip test is inlined where the guard is called: under `.never` a call costs one byte compare over the
/// function alone; under `.ratio(p)` a call the ratio skips costs a task-local read of the request's sampling
/// key (without one, a step of the guard's counter), a shift and a compare, before the function runs; a checked
/// call whose rules all hold costs one atomic add (rule health) and one call into the set's specialised rules,
/// which test no selection and count nothing per rule.
///
/// Under `.observe` the call returns exactly what the function returns, whatever the rules or sinks do;
/// under `.enforce` a failed rule throws ``InvariantViolationError``; under `.fallback` it returns the
/// fallback's value. An error thrown by the function propagates unchanged and is not a violation. Create
/// guards once (with ``InvariantMonitor/guard(_:origin:policy:fallback:fileID:function:line:)``), not per call.
public final class InvariantGuard<Input, Output>: Sendable {
    /// How this guard samples, decided once, so the skip test is one load from the guard.
    @usableFromInline
    let sampling: GuardSampling
    /// The ratio's skip test when ``sampling`` is `.ratio`.
    @usableFromInline
    let ratio: RatioGate
    /// Whether this guard's policy can throw: a function that cannot throw may not be called through it.
    @usableFromInline
    let enforces: Bool
    /// Whether a checked call whose rules all hold still has work after the check (review routing, relation
    /// checks): such calls go on to ``afterCheck(_:_:_:_:)``. Work added to sampled calls sets it too.
    @usableFromInline
    let followsUpPassingCalls: Bool
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
    /// ``RuleSelection/all``, counting into ``tally`` once per call.
    @usableFromInline
    let everyRule: RuleSelection
    /// The rules the sampler checks on every call of this set, asked once.
    @usableFromInline
    let alwaysChecked: RuleSelection
    /// The review routes that can take this function's calls; `nil` when none can.
    @usableFromInline
    let review: SiteReviewRoutes?
    /// Each rule's fingerprint at this call site, by ordinal, computed once for the violation path.
    @usableFromInline
    let fingerprints: [String]
    /// Offers a call to the set's relation checks, which sample it themselves; `nil` when they do not run.
    @usableFromInline
    let relations: RelationHook<Input, Output>?

    @usableFromInline
    init(
        monitor: InvariantMonitor,
        set: InvariantSet<Input, Output>,
        site: GuardSite,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)?,
        relations: RelationHook<Input, Output>? = nil
    ) {
        self.monitor = monitor
        self.relations = relations
        self.set = set
        self.site = site
        self.fallback = fallback
        let ratio = relations == nil ? monitor.ratioGate(for: set) : nil
        self.ratio = ratio ?? .checksEveryCall
        switch monitor.samplingMode {
        case .always: self.sampling = .always
        case .never: self.sampling = .never
        case .custom: self.sampling = ratio == nil ? .custom : .ratio
        }
        self.enforces = site.policy.canEnforce
        self.alwaysChecked = monitor.alwaysChecked(in: set)
        if monitor.countsRuleHealth {
            let tally = RuleTally(ruleCount: set.rules.count)
            monitor.healthRegistry.register(setID: set.id, rules: set.rules, tally: tally)
            self.tally = tally
        } else {
            self.tally = nil
        }
        self.everyRule = RuleSelection.all.counting(into: tally).precounting()
        let review = monitor.reviewRoutes(for: set, origin: site.origin)
        self.review = review
        self.followsUpPassingCalls = review != nil || relations != nil
        self.fingerprints = set.rules.map { Fingerprint.of(invariantID: $0.id, callSite: site.callSite) }
    }

    deinit {
        if let tally { monitor.healthRegistry.retire(tally) }
    }

    /// Checks one call's output on a guard whose sampler does not skip every call (the caller tested
    /// ``SamplingMode/never`` before calling the function); on failure records and applies the policy.
    /// A passing check of every rule is one call into the rules; a sampler's decision is out of line. The rules
    /// read `output` in place (`inout` passes its address) and never modify it.
    /// `sample`: the call's sample when ``ratio`` drew it before the call.
    @inlinable @inline(__always)
    func check(
        _ input: Input, _ output: inout Output, sample: UInt64? = nil
    ) throws(InvariantViolationError) -> Output {
        if case .always = sampling { return try checkEveryRule(input, &output, everyRule) }
        return try sampledCheck(input, &output, sample: sample)
    }

    /// Whether the ratio skips this call (never when ``sampling`` is not `.ratio`); otherwise `sample` is the
    /// call's sample, for the sampler. Called before the function.
    @inlinable @inline(__always)
    func ratioSkips(_ sample: inout UInt64?) -> Bool {
        guard case .ratio = sampling else { return false }
        let drawn = ratio.sample()
        if ratio.skips(drawn) { return true }
        sample = drawn
        return false
    }

    /// The fast path of a check that selected every rule: one count for the call, one call into the rules.
    @inlinable @inline(__always)
    func checkEveryRule(
        _ input: Input, _ output: inout Output, _ every: RuleSelection
    ) throws(InvariantViolationError) -> Output {
        every.countCall()
        var failures: [RuleViolation]?
        set.fastEvaluator(input, &output, every, &failures)
        if failures == nil, !followsUpPassingCalls { return output }
        return try afterCheck(input, output, every, failures ?? [])
    }

    /// Asks the sampler which rules to check, then checks them; out of line.
    @inlinable @inline(never)
    func sampledCheck(
        _ input: Input, _ output: inout Output, sample: UInt64?
    ) throws(InvariantViolationError) -> Output {
        let selection = monitor.decide(setID: set.id, always: alwaysChecked, tally: tally, sample: sample)
        if selection.isEmpty {
            // The relations sample every call themselves, like `guarded`'s, not only those the rules check.
            if followsUpPassingCalls { relations?(input, output) }
            return output
        }
        if selection.isAll { return try checkEveryRule(input, &output, selection.precounting()) }
        var violations: [RuleViolation] = []
        set.evaluator(input, output, selection, &violations)
        if violations.isEmpty, !followsUpPassingCalls { return output }
        return try afterCheck(input, output, selection, violations)
    }

    /// Everything a checked call does after its rules ran, out of line and in one place: the offer to the
    /// relation checks, review routing, then, when a rule failed, the records and the policy.
    @inlinable @inline(never)
    func afterCheck(
        _ input: Input, _ output: Output, _ selection: RuleSelection, _ violations: [RuleViolation]
    ) throws(InvariantViolationError) -> Output {
        relations?(input, output)
        if review != nil { routeForReview(input, output, selection, violations) }
        if violations.isEmpty { return output }
        return try monitor.resolve(
            violations, input: input, output: output, set: set, site: site, fingerprints: fingerprints,
            fallback: fallback)
    }

    /// Stops a function that cannot throw from being called through a guard that enforces.
    @usableFromInline @inline(never)
    func refuseNonThrowingCall() -> Never {
        preconditionFailure(
            "InvariantGuard(\(set.id)) at \(site.callSite): policy '\(site.policy)' enforces, but the guarded "
                + "function cannot throw; call it with `try` and a throwing function, or use .observe or .fallback"
        )
    }
}
