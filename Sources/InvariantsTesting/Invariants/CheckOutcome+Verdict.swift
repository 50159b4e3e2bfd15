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

extension InvariantSet {
    /// Checks `function`'s output for `input`; a thrown error fails the case with its description.
    func verdict(of function: (Input) throws -> Output, for input: Input) rethrows -> PropertyVerdict {
        check(input, try function(input)).verdict
    }
}
