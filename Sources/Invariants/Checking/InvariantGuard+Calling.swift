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
        if case .never = sampling { return try body(input) }
        return try checkedCall(input, body)
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
        if case .never = sampling { return body(input) }
        return checkedCall(input, body)
    }

    /// Calls an `async` function and checks its output on the calls the sampler picks.
    ///
    /// ```swift
    /// let q = try await quoteGuard(cart) { try await pricing.quote($0) }
    /// ```
    @inlinable @inline(__always)
    public func callAsFunction(_ input: Input, _ body: (Input) async throws -> Output) async throws -> Output {
        if case .never = sampling { return try await body(input) }
        var sample: UInt64?
        if ratioSkips(&sample) { return try await body(input) }
        var output = try await body(input)
        return try check(input, &output, sample: sample)
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
        if case .never = sampling { return await body(input) }
        var sample: UInt64?
        if ratioSkips(&sample) { return await body(input) }
        var output = await body(input)
        return checkWithoutThrowing(input, &output, sample: sample)
    }

    /// A call the sampler does not skip, out of line: the inlined part of a guard's call is then one byte compare
    /// and the call of `body` when the sampler skips every call, with no frame and nothing kept for a check.
    /// Specialised for each call site's `body`, which is inlined here.
    /// Under `.ratio` the ratio's skip test (``RatioGate``) runs here, before `body`: out of line, so that the
    /// `.never` test at the caller stays one byte compare with no frame.
    @inlinable @inline(never)
    func checkedCall(_ input: Input, _ body: (Input) throws -> Output) throws -> Output {
        var sample: UInt64?
        if ratioSkips(&sample) { return try body(input) }
        var output = try body(input)
        return try check(input, &output, sample: sample)
    }

    /// ``checkedCall(_:_:)-(_,(Input)throws->Output)`` for a function that cannot throw.
    @inlinable @inline(never)
    func checkedCall(_ input: Input, _ body: (Input) -> Output) -> Output {
        var sample: UInt64?
        if ratioSkips(&sample) { return body(input) }
        var output = body(input)
        return checkWithoutThrowing(input, &output, sample: sample)
    }

    /// ``check(_:_:sample:)`` for a function that cannot throw, under a policy that must not enforce.
    @inlinable @inline(__always)
    func checkWithoutThrowing(_ input: Input, _ output: inout Output, sample: UInt64? = nil) -> Output {
        if enforces { refuseNonThrowingCall() }
        do {
            return try check(input, &output, sample: sample)
        } catch {
            return output  // unreachable: a policy that does not enforce never throws
        }
    }
}
