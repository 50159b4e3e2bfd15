extension Property {
    /// Runs an asynchronous property; a `false` result or a thrown error is a failure, shrunk to the simplest value.
    ///
    /// ```swift
    /// let result = await Property(over: .int).check { n in try await service.roundTrip(n) == n }
    /// ```
    public func check(_ body: (Value) async throws -> Bool) async -> PropertyResult<Value> {
        await verify { value, _ in PropertyVerdict(try await body(value)) }
    }

    /// Runs an asynchronous property with labels for the report's distribution.
    ///
    /// ```swift
    /// await Property(over: .int).check { n, labels in labels.classify(n < 0, "negative"); return true }
    /// ```
    public func check(_ body: (Value, PropertyLabels) async throws -> Bool) async -> PropertyResult<Value> {
        await verify { value, labels in PropertyVerdict(try await body(value, labels)) }
    }

    /// Runs an asynchronous property whose body returns a ``PropertyVerdict``.
    ///
    /// ```swift
    /// await Property(over: .int).verify { n, _ in await isValid(n) ? .passed : .failed("invalid \(n)") }
    /// ```
    public func verify(_ body: (Value, PropertyLabels) async throws -> PropertyVerdict) async -> PropertyResult<Value> {
        let runner = PropertyRunner(self)
        let labels = PropertyLabels()
        while let context = runner.nextContext() {
            guard let value = runner.generate(context) else { continue }
            labels.reset()
            let failure: CaseFailure?
            do {
                if case .failed(let message) = try await body(value, labels) {
                    failure = .falsified(message)
                } else {
                    failure = nil
                }
            } catch {
                failure = .threw(error)
            }
            runner.complete(context, value: value, labels: labels, failure: failure)
        }
        return runner.result()
    }
}
