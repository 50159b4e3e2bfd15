extension InvariantMonitor {
    /// Makes a guard for a function whose outputs must obey `set`: hold it in a property and call it with
    /// the function.
    ///
    /// ```swift
    /// let quoteGuard = monitor.guard(quoteRules, origin: .generated(by: "model-x", prompt: "sha256:…"))
    /// let q = try quoteGuard(cart) { try PricingEngine.quote($0) }
    /// ```
    ///
    /// The guard's check is inlined where it is called, so a call the sampler skips costs one compare and
    /// a passing check a few instructions per rule (see ``InvariantGuard``). ``guarded(_:origin:policy:fallback:fileID:function:line:_:)-(_,_,_,_,_,_,_,(Input)->Output)``
    /// wraps the same guard in a closure, for code that must pass a function around.
    ///
    /// - Parameters:
    ///   - set: The rules the outputs must obey.
    ///   - origin: Where the guarded code came from; recorded with every violation.
    ///   - policy: Overrides the monitor's policy for this guard.
    ///   - fallback: The value to return instead of a wrong output, for `.fallback` policies.
    ///   - fileID: The caller's `#fileID`, recorded in ``ViolationRecord/callSite``; leave the default.
    ///   - function: The caller's `#function`; leave the default.
    ///   - line: The caller's `#line`; leave the default.
    /// - Precondition: a `.fallback` policy comes with a `fallback`.
    public func `guard`<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        origin: CodeOrigin = .unknown,
        policy: Policy? = nil,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)? = nil,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> InvariantGuard<Input, Output> {
        makeCall(set, origin, policy, fallback, CallSite(fileID: fileID, function: function, line: line))
    }

    /// Makes a guard that also runs the set's relations, re-running `body` off the caller's path on the
    /// calls the relation sampler picks.
    ///
    /// ```swift
    /// let quoteGuard = monitor.guard(quoteRules, relations: .rerun(.pure), rerunning: PricingEngine.quote)
    /// let q = try quoteGuard(cart) { try PricingEngine.quote($0) }
    /// ```
    ///
    /// A guard is called with its function as a non-escaping closure, so it cannot keep it for the second
    /// call a relation needs; `rerunning` is that function, kept by the guard for re-runs only and never
    /// called on the caller's path. Pass the same function the guard is called with. Relations behave as
    /// under ``guarded(_:origin:policy:fallback:relations:fileID:function:line:_:)-(_,_,_,_,_,_,_,_,(Input)->Output)``:
    /// their own sampler, one enqueue per sampled call, never a change to the caller's result.
    ///
    /// - Parameters:
    ///   - set: The rules and relations the outputs must obey.
    ///   - origin: Where the guarded code came from; recorded with every violation.
    ///   - policy: Overrides the monitor's policy for this guard.
    ///   - fallback: The value to return instead of a wrong output, for `.fallback` policies.
    ///   - relations: Whether the set's relations run: only with ``RelationChecks/rerun(_:sampler:options:)``,
    ///     which declares `body` safe to call twice; ``RelationChecks/off`` never calls it.
    ///   - body: The guarded function, called again by the relation checks only.
    ///   - fileID: The caller's `#fileID`, recorded in ``ViolationRecord/callSite``; leave the default.
    ///   - function: The caller's `#function`; leave the default.
    ///   - line: The caller's `#line`; leave the default.
    /// - Precondition: a `.fallback` policy comes with a `fallback`.
    public func `guard`<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        origin: CodeOrigin = .unknown,
        policy: Policy? = nil,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)? = nil,
        relations: RelationChecks,
        rerunning body: @escaping @Sendable (Input) throws -> Output,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> InvariantGuard<Input, Output> {
        let callSite = CallSite(fileID: fileID, function: function, line: line)
        return makeCall(set, origin, policy, fallback, callSite, relations, .sync(body))
    }

    /// Makes a guard whose relations re-run an `async` function; see
    /// ``guard(_:origin:policy:fallback:relations:rerunning:fileID:function:line:)-(_,_,_,_,_,(Input)->Output,_,_,_)``.
    ///
    /// ```swift
    /// let quoteGuard = monitor.guard(quoteRules, relations: .rerun(.pure)) { try await pricing.quote($0) }
    /// let q = try await quoteGuard(cart) { try await pricing.quote($0) }
    /// ```
    public func `guard`<Input, Output>(
        _ set: InvariantSet<Input, Output>,
        origin: CodeOrigin = .unknown,
        policy: Policy? = nil,
        fallback: (@Sendable (Input, [RuleViolation]) -> Output)? = nil,
        relations: RelationChecks,
        rerunning body: @escaping @Sendable (Input) async throws -> Output,
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> InvariantGuard<Input, Output> {
        let callSite = CallSite(fileID: fileID, function: function, line: line)
        return makeCall(set, origin, policy, fallback, callSite, relations, .async(body))
    }
}
