extension InvariantSet {
    /// The set's relations: rules over two calls (see ``Relation``), in declaration order.
    ///
    /// ```swift
    /// quoteRules.relations.map(\.descriptor.id)   // ["pricing.quote/order-independent"]
    /// ```
    public var relations: [Relation<Input, Output>] { relationList.relations }

    /// The relation with this full id, if the set has it.
    ///
    /// ```swift
    /// quoteRules.relation("pricing.quote/order-independent")?.isRandomised   // true
    /// ```
    public func relation(_ invariantID: String) -> Relation<Input, Output>? {
        relationList.relations.first { $0.descriptor.id == invariantID }
    }

    /// The same set with relations added: rules no single call can check (see ``Metamorphic`` and
    /// ``Deterministic``).
    ///
    /// A guarded call never evaluates relations. They run in tests (`expectInvariants`, `XCTAssertInvariants`,
    /// replay) and, in production, only under a guard that declares the function safe to call twice
    /// (``RelationChecks/rerun(_:sampler:options:)``), and only when `Input` and `Output` are `Sendable`.
    ///
    /// - Precondition: every relation's id is valid and differs from every rule's and relation's id of the
    ///   set (``validated(_:_:relating:)`` reports a problem as an error instead).
    ///
    /// ```swift
    /// let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    /// }.relating {
    ///     Deterministic("same-cart-same-quote")
    /// }
    /// ```
    public func relating(@RelationBuilder<Input, Output> _ content: () -> [Relation<Input, Output>]) -> Self {
        var set = self
        set.relationList.relations += bind(content())
        return set
    }

    /// Gives each relation its full id, and stops on an id that is invalid or the set already has (see
    /// ``problem(relating:)``).
    private func bind(_ relations: [Relation<Input, Output>]) -> [Relation<Input, Output>] {
        if let problem = problem(relating: relations) { preconditionFailure(problem.description) }
        var binding = RuleBinding(setID: id)
        return relations.enumerated().map { index, relation in
            var relation = relation
            binding.register(&relation.descriptor)
            relation.descriptor.ordinal = self.relations.count + index
            return relation
        }
    }
}

extension InvariantSet where Input: Sendable, Output: Sendable {
    /// The same set with relations added; for `Sendable` inputs and outputs, whose relations can also run
    /// in production. See the unconstrained ``InvariantSet/relating(_:)``.
    ///
    /// ```swift
    /// let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") { … }.relating {
    ///     Deterministic("same-cart-same-quote")
    /// }
    /// ```
    public func relating(@RelationBuilder<Input, Output> _ content: () -> [Relation<Input, Output>]) -> Self {
        var set = self
        set.relationList.relations += bind(content())
        set.relationList.makeHook = { relations, monitor, site, checks, body in
            let runner = RelationRunner(relations: relations, monitor: monitor, site: site, checks: checks, body: body)
            return { input, output in runner.offer(input, output) }
        }
        return set
    }
}
