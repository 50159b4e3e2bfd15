extension InvariantSet where Input: Sendable, Output: Sendable {
    /// Creates a set from the rules in `content`, for `Sendable` inputs and outputs.
    ///
    /// Swift picks this initializer whenever `Input` and `Output` are `Sendable`. A `Sendable` value
    /// cannot change after the call returns, so a failed call's input and output are handed to the
    /// monitor's reporter as they are and captured, redacted, on the reporter's queue: the caller pays
    /// for a copy instead of the encoding (see ``InvariantMonitor/beforeRecord``). Everything else is as
    /// in the unconstrained initializer.
    ///
    /// - Parameters:
    ///   - id: The set's id, such as `"pricing.quote"`; it must not be empty or contain `/`.
    ///   - content: The rules.
    /// - Precondition: no two rules have the same full id.
    ///
    /// ```swift
    /// struct Cart: Codable, Sendable { … }
    /// let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {   // this initializer
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    /// }
    /// ```
    @inlinable
    public init<Content: InvariantRule>(
        _ id: String,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) where Content.Input == Input, Content.Output == Output {
        self.init(id, deferral: { input, output in DeferredValues(input: input, output: output) }, content)
    }

    /// Checks a set the way ``init(_:_:)`` does, reporting a problem as an error instead of stopping;
    /// for `Sendable` inputs and outputs, whose failed calls are captured on the reporter's queue.
    ///
    /// ```swift
    /// try InvariantSet<Cart, Quote>.validated("pricing.quote") { … }
    /// ```
    public static func validated<Content: InvariantRule>(
        _ id: String,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) throws(InvalidInvariantSet) -> InvariantSet
    where Content.Input == Input, Content.Output == Output {
        try validated(id, deferral: { input, output in DeferredValues(input: input, output: output) }, content)
    }
}
