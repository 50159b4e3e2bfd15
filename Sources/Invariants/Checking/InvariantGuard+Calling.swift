extension InvariantGuard {
    /// Calls `body` with `input` and checks its output on the calls the sampler picks.
    ///
    /// ```swift
    /// let q = try quoteGuard(cart) { try PricingEngine.quote($0) }
    /// ```
    ///
    /// - Returns: what `body` returns under `.observe`; the fallback's value under `.fallback` when a rule
    ///   failed.
    /// - Throws: what `body` throws, unchanged; ``InvariantViolationError`` when the policy enforces a failed rule.
    @inlinable @inline(__always)
    public func callAsFunction(_ input: Input, _ body: (Input) throws -> Output) throws -> Output {
        let output = try body(input)
        return try check(input, output)
    }

    /// Calls a function that cannot throw; the guard then cannot throw either.
    ///
    /// ```swift
    /// let decision = decisionGuard(request) { AuthEngine.decide($0) }   // no `try`
    /// ```
    ///
    /// - Precondition: the policy never enforces (`.observe` or `.fallback`): a function that cannot throw
    ///   cannot refuse an output. Checked on every checked call, so the first checked call of a test stops.
    @inlinable @inline(__always)
    public func callAsFunction(_ input: Input, _ body: (Input) -> Output) -> Output {
        let output = body(input)
        return checkWithoutThrowing(input, output)
    }

    /// Calls an `async` function and checks its output on the calls the sampler picks.
    ///
    /// ```swift
    /// let q = try await quoteGuard(cart) { try await pricing.quote($0) }
    /// ```
    @inlinable @inline(__always)
    public func callAsFunction(_ input: Input, _ body: (Input) async throws -> Output) async throws -> Output {
        let output = try await body(input)
        return try check(input, output)
    }

    /// Calls an `async` function that cannot throw; see ``callAsFunction(_:_:)-(_,(Input)->Output)``.
    ///
    /// ```swift
    /// let decision = await decisionGuard(request) { await auth.decide($0) }
    /// ```
    ///
    /// - Precondition: the policy never enforces (`.observe` or `.fallback`).
    @inlinable @inline(__always)
    public func callAsFunction(_ input: Input, _ body: (Input) async -> Output) async -> Output {
        let output = await body(input)
        return checkWithoutThrowing(input, output)
    }

    /// ``check(_:_:)`` for a function that cannot throw, under a policy that must not enforce.
    @inlinable @inline(__always)
    func checkWithoutThrowing(_ input: Input, _ output: Output) -> Output {
        if case .never = sampling { return output }
        if enforces { refuseNonThrowingCall() }
        do {
            return try check(input, output)
        } catch {
            return output  // unreachable: a policy that does not enforce never throws
        }
    }
}
