extension Property {
    /// Runs the property; a `false` result or a thrown error is a failure, shrunk to the simplest value.
    ///
    /// ```swift
    /// let result = Property(over: .int.array()).check { $0.reversed() == $0 }
    /// result.counterexample     // [0, 1]
    /// ```
    public func check(_ body: (Value) throws -> Bool) -> PropertyResult<Value> {
        verify { value, _ in PropertyVerdict(try body(value)) }
    }

    /// Runs the property with labels for the report's distribution.
    ///
    /// ```swift
    /// Property(over: .int.array()).check { xs, labels in
    ///     labels.label(xs.isEmpty ? "empty" : "non-empty")
    ///     return xs.count >= 0
    /// }
    /// ```
    public func check(_ body: (Value, PropertyLabels) throws -> Bool) -> PropertyResult<Value> {
        verify { value, labels in PropertyVerdict(try body(value, labels)) }
    }

    /// Runs a property whose body returns a ``PropertyVerdict``, so a failure carries its own description.
    ///
    /// ```swift
    /// Property(over: .int).verify { n, _ in n >= 0 ? .passed : .failed("negative: \(n)") }
    /// ```
    public func verify(_ body: (Value, PropertyLabels) throws -> PropertyVerdict) -> PropertyResult<Value> {
        let runner = PropertyRunner(self)
        let labels = PropertyLabels()
        while let context = runner.nextContext() {
            guard let value = runner.generate(context) else { continue }
            labels.reset()
            let failure: CaseFailure?
            do {
                if case .failed(let message) = try body(value, labels) {
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
