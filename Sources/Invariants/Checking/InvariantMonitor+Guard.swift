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
}
