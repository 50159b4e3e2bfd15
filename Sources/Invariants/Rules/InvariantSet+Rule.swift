extension InvariantSet: InvariantRule {
    /// Evaluates the set as part of an enclosing set.
    @inlinable @inline(__always)
    public func evaluate(
        _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
    ) {
        evaluator(input, output, selection.shifted(by: ordinalBase), &violations)
    }

    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        try predicate(input, output)
    }

    /// Lists the nested set's rules in the enclosing set, keeping their ids.
    public mutating func bind(to binding: inout RuleBinding) {
        ordinalBase = binding.include(nested: rules, counters: counters)
    }
}
