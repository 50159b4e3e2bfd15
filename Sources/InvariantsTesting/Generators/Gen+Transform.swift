extension Gen {
    /// Transforms every generated value; shrinking still works on the original choices.
    ///
    /// ```swift
    /// let even = Gen.int(in: 0...500).map { $0 * 2 }
    /// ```
    public func map<T>(_ transform: @escaping @Sendable (Value) -> T) -> Gen<T> {
        Gen<T> { context in transform(try self.run(context)) }
    }

    /// Generates a value, then draws from the generator it selects (e.g. a size, then a list of that size).
    ///
    /// ```swift
    /// let list = Gen.int(in: 0...10).flatMap { n in Gen.int.array(count: n...n) }
    /// ```
    public func flatMap<T>(_ transform: @escaping @Sendable (Value) -> Gen<T>) -> Gen<T> {
        Gen<T> { context in try transform(try self.run(context)).run(context) }
    }

    /// Keeps only values that satisfy `isIncluded`, retrying up to `maxAttempts` times per value.
    ///
    /// A predicate that rejects every attempt makes the property give up with the message
    /// `Gen.filter rejected 1000 of 1000 values …` instead of hanging. Shrunk values always satisfy it.
    ///
    /// ```swift
    /// let odd = Gen.int(in: 0...99).filter { !$0.isMultiple(of: 2) }
    /// ```
    public func filter(maxAttempts: Int = 1_000, _ isIncluded: @escaping @Sendable (Value) -> Bool) -> Gen<Value> {
        precondition(maxAttempts > 0, "maxAttempts must be positive")
        return Gen { context in
            for _ in 0..<maxAttempts {
                let start = context.choices.count
                let value = try self.run(context)
                context.recordSpan(from: start)
                if isIncluded(value) { return value }
                if !context.isRandom && context.isExhausted { throw GenerationAbort.invalid }
            }
            if !context.isRandom { throw GenerationAbort.invalid }
            throw GenerationAbort.gaveUp(
                "Gen.filter rejected \(maxAttempts) of \(maxAttempts) values in a row; "
                    + "the predicate is too strict for its generator: generate valid values directly "
                    + "(e.g. with map) or loosen the predicate"
            )
        }
    }
}
