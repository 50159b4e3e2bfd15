extension CheckOutcome {
    /// The outcome as a property verdict: passed, or failed with one line per broken rule.
    ///
    /// ```swift
    /// Property(over: .cart).verify { cart, _ in quoteRules.check(cart, PricingEngine.quote(cart)).verdict }
    /// ```
    public var verdict: PropertyVerdict {
        hasPassed ? .passed : .failed(description)
    }
}
