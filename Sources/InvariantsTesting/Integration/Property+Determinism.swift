extension Property where Value: Sendable {
    /// Checks that `function` returns equal outputs when run `runs` times on the same input, sequentially and
    /// from concurrent tasks; a difference is a failure, shrunk to the simplest input that shows it.
    ///
    /// ```swift
    /// let result = await Property(over: .cart).checkDeterministic { cart in try await PricingEngine.quote(cart) }
    /// ```
    public func checkDeterministic<Output: Equatable & Sendable>(
        runs: Int = 3, _ function: @escaping @Sendable (Value) async throws -> Output
    ) async -> PropertyResult<Value> {
        await verify { value, _ in try await DeterminismCheck.verdict(value, runs: runs, function) }
    }

    /// Checks a synchronous `function` for determinism (sequential runs, then concurrent runs on threads).
    ///
    /// ```swift
    /// let result = Property(over: .int.array()).checkDeterministic { Set($0).sorted() }
    /// ```
    public func checkDeterministic<Output: Equatable & Sendable>(
        runs: Int = 3, _ function: @escaping @Sendable (Value) throws -> Output
    ) -> PropertyResult<Value> {
        verify { value, _ in try DeterminismCheck.verdict(value, runs: runs, function) }
    }
}
