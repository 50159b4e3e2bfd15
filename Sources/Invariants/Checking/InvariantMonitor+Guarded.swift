extension InvariantMonitor {
    /// Wraps a function so that its outputs are checked against `set` on sampled calls.
    ///
    /// ```swift
    /// let quote = monitor.guarded(quoteRules, origin: .generated(by: "model-x", prompt: "sha256:…")) { cart in
    ///     try PricingEngine.quote(cart)
    /// }
    /// let q = try quote(cart)
    /// ```
    ///
    /// The returned function has the wrapped function's shape. An error thrown by `body` propagates
    /// unchanged and is not a violation. Under `.observe` it returns exactly what `body` returns,
    /// whatever the rules or sinks do; under `.enforce` a failed rule throws ``InvariantViolationError``;
    /// under `.fallback` it returns `fallback(input, violations)`.
    ///
    /// - Parameters:
    ///   - set: The rules the outputs must obey.
    ///   - origin: Where the wrapped code came from; recorded with every violation.
    ///   - policy: Overrides the monitor's policy for this function.
    ///   - fallback: The value to return instead of a wrong output, for `.fallback` policies.
    ///   - relations: Whether the set's relations run, calling `body` a second time off the caller's path on
    ///     sampled calls: only with ``RelationChecks/rerun(_:sampler:options:)``, which declares `body` safe
    ///     to call twice. Without it they never run (a set with relations says so once on standard error;
    ///     ``RelationChecks/off`` says it was decided, silently).
    ///   - fileID: The caller's `#fileID`, recorded in ``ViolationRecord/callSite``; leave the default.
    ///   - function: The caller's `#function`; leave the default.
    ///   - line: The caller's `#line`; leave the default.
    ///   - body: The function to check.
    @inlinable
    public func guarded<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        origin: CodeOrigin = .unknown,
        policy: Policy? = nil,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)? = nil,
        relations: RelationChecks? = nil,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line,
        _ body: @escaping @Sendable (Input) throws -> Output
    ) -> @Sendable (Input) throws -> Output {
        let callSite = CallSite(fileID: fileID, function: function, line: line)
        let call = makeCall(set, origin, policy, fallback, callSite, relations, .sync(body))
        return { input in
            if case .never = call.sampling { return try body(input) }
            var sample: UInt64?
            if call.ratioSkips(&sample) { return try body(input) }
            var output = try body(input)
            return try call.check(input, &output, sample: sample)
        }
    }

    /// Wraps a function that cannot throw; see ``guarded(_:origin:policy:fallback:relations:fileID:function:line:_:)-(_,_,_,_,_,_,_,_,(Input)->Output)``.
    ///
    /// ```swift
    /// let decide = monitor.guarded(authRules) { request in AuthEngine.decide(request) }
    /// let decision = decide(request)      // no `try`: this guard cannot throw
    /// ```
    ///
    /// - Precondition: the policy never enforces: a function that cannot throw cannot refuse an
    ///   output. Use `.observe` or `.fallback`, or wrap a throwing function.
    @inlinable
    public func guarded<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        origin: CodeOrigin = .unknown,
        policy: Policy? = nil,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)? = nil,
        relations: RelationChecks? = nil,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line,
        _ body: @escaping @Sendable (Input) -> Output
    ) -> @Sendable (Input) -> Output {
        let callSite = CallSite(fileID: fileID, function: function, line: line)
        let call = makeCall(set, origin, policy, fallback, callSite, relations, .sync(body))
        precondition(
            !call.site.policy.canEnforce,
            "InvariantMonitor.guarded(\(set.id)) at \(call.site.callSite): policy '\(call.site.policy)' enforces, "
                + "but the wrapped function cannot throw; wrap a throwing function or use .observe or .fallback"
        )
        return { input in
            if case .never = call.sampling { return body(input) }
            var sample: UInt64?
            if call.ratioSkips(&sample) { return body(input) }
            var output = body(input)
            return (try? call.check(input, &output, sample: sample)) ?? output
        }
    }

    /// Wraps an `async` function; see ``guarded(_:origin:policy:fallback:relations:fileID:function:line:_:)-(_,_,_,_,_,_,_,_,(Input)->Output)``.
    ///
    /// ```swift
    /// let quote = monitor.guarded(quoteRules) { cart in try await pricing.quote(cart) }
    /// let q = try await quote(cart)
    /// ```
    @inlinable
    public func guarded<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        origin: CodeOrigin = .unknown,
        policy: Policy? = nil,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)? = nil,
        relations: RelationChecks? = nil,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line,
        _ body: @escaping @Sendable (Input) async throws -> Output
    ) -> @Sendable (Input) async throws -> Output {
        let callSite = CallSite(fileID: fileID, function: function, line: line)
        let call = makeCall(set, origin, policy, fallback, callSite, relations, .async(body))
        return { input in
            if case .never = call.sampling { return try await body(input) }
            var sample: UInt64?
            if call.ratioSkips(&sample) { return try await body(input) }
            var output = try await body(input)
            return try call.check(input, &output, sample: sample)
        }
    }

    /// Checks one call of code that cannot be wrapped, recording violations like a guarded call.
    ///
    /// ```swift
    /// let outcome = monitor.check(quoteRules, input: cart, output: quote, origin: .human())
    /// ```
    ///
    /// - Returns: the violations found; ``CheckOutcome/passed`` also when the sampler skipped the call.
    @inlinable
    @discardableResult
    public func check<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        input: Input,
        output: Output,
        origin: CodeOrigin = .unknown,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> CheckOutcome {
        let selection: RuleSelection
        switch samplingMode {
        case .always: selection = .all
        case .never: return .passed
        case .custom: selection = decide(setID: set.id, always: alwaysChecked(in: set), tally: nil)
        }
        if selection.isEmpty { return .passed }
        let outcome = set.check(input, output, selection: selection)
        if review != nil {
            let callSite = CallSite(fileID: fileID, function: function, line: line)
            routeCheckForReview(set, input, output, selection, outcome.violations, origin, callSite)
        }
        if outcome.hasPassed { return outcome }
        let site = GuardSite(
            setID: set.id, origin: origin, callSite: CallSite(fileID: fileID, function: function, line: line),
            policy: .observe
        )
        record(outcome.violations, input: input, output: output, set: set, site: site)
        return outcome
    }

    /// Validates a guard's configuration once, when the function is wrapped, and builds its relation hook
    /// (`body` is the function a relation re-runs; `nil` for a guard that was given none).
    @usableFromInline
    func makeCall<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        _ origin: CodeOrigin,
        _ policy: Policy?,
        _ fallback: (@Sendable (Input, [RuleViolation]) -> Output)?,
        _ callSite: CallSite,
        _ relations: RelationChecks? = nil,
        _ body: RelationBody<Input, Output>? = nil
    ) -> InvariantGuard<Input, Output> {
        let effective = policy ?? self.policy
        precondition(
            fallback != nil || !effective.canFallBack,
            "InvariantMonitor.guarded(\(set.id)) at \(callSite): policy '\(effective)' falls back, but no "
                + "fallback was given; pass fallback: { input, violations in … }"
        )
        let site = GuardSite(setID: set.id, origin: origin, callSite: callSite, policy: effective)
        let hook = relationHook(set, site, relations, body)
        return InvariantGuard(monitor: self, set: set, site: site, fallback: fallback, relations: hook)
    }
}
