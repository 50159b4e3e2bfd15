extension InvariantSet: InvariantRule {
    /// Evaluates the set as part of an enclosing set.
    ///
    ///
    /// ```swift
    /// let checkout = InvariantSet<Cart, Quote>("checkout") {
    ///     quoteRules   // evaluated as part of the enclosing set, keeping its ids
    /// }
    /// ```
    /// ```swift
    /// var violations: [RuleViolation] = []
    /// rule.evaluate(cart, quote, selection: .all, into: &violations)
    /// ```
    @inlinable @inline(__always)
    public func evaluate(
        _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
    ) {
        evaluator(input, output, selection.shifted(by: ordinalBase), &violations)
    }

    /// Appends a ``RuleViolation`` for each rule of this node that fails or throws, on a check that selected
    /// every rule; `failures` stays `nil` when all hold.
    ///
    /// ```swift
    /// var failures: [RuleViolation]? = nil
    /// rule.evaluateAll(&cart, &quote, selection: .all, into: &failures)
    /// ```
    @inlinable @inline(__always)
    public mutating func evaluateAll(
        _ input: inout Input, _ output: inout Output, selection: RuleSelection, into failures: inout [RuleViolation]?
    ) {
        fastEvaluator(input, &output, selection.shifted(by: ordinalBase), &failures)
    }

    /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        try predicate(input, output)
    }

    /// Lists the nested set's rules in the enclosing set, keeping their ids.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("checkout") { quoteRules }.rules.first?.id   // "pricing.quote/total-covers-lines"
    /// ```
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    public mutating func bind(to binding: inout RuleBinding) {
        ordinalBase = binding.include(nested: rules)
    }
}
