extension InvariantSet {
    /// Why `relations` cannot join the set, or `nil` when they can: a relation id that is empty or holds
    /// `/`, or one the set's rules or relations (those before it included) already use.
    func problem(relating relations: [Relation<Input, Output>]) -> InvalidInvariantSet? {
        var binding = RuleBinding(setID: id)
        var taken = Set(rules.map(\.id) + self.relations.map(\.descriptor.id))
        for var descriptor in relations.map(\.descriptor) {
            // An empty id or one holding `/` would make ambiguous invariant ids, as it would for a rule.
            if let problem = descriptor.problem { return InvalidInvariantSet(setID: id, reason: problem) }
            binding.register(&descriptor)
            if !taken.insert(descriptor.id).inserted {
                return InvalidInvariantSet(
                    setID: id,
                    reason: "the relation id '\(descriptor.id)' is already used by a rule or relation of the set; "
                        + "give it another id")
            }
        }
        return nil
    }

    /// The validated set without its relations, and the relations once they are known to fit it.
    static func validatedParts<Content: InvariantRule>(
        _ id: String,
        _ content: () -> Content,
        _ relations: () -> [Relation<Input, Output>]
    ) throws(InvalidInvariantSet) -> (InvariantSet, [Relation<Input, Output>])
    where Content.Input == Input, Content.Output == Output {
        let set = try validated(id, deferral: nil, content)
        let relations = relations()
        if let problem = set.problem(relating: relations) { throw problem }
        return (set, relations)
    }

    /// Checks a set and its relations the way ``init(_:_:)`` and ``relating(_:)`` do, reporting a problem
    /// as an error instead of stopping: every problem ``validated(_:_:)`` reports, a relation id that is
    /// empty or contains `/`, and a relation id a rule or another relation of the set already has.
    ///
    /// ```swift
    /// let quoteRules = try InvariantSet<Cart, Quote>.validated("pricing.quote") {
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    /// } relating: {
    ///     Deterministic("same-cart-same-quote")
    /// }
    /// ```
    public static func validated<Content: InvariantRule>(
        _ id: String,
        @InvariantBuilder<Input, Output> _ content: () -> Content,
        @RelationBuilder<Input, Output> relating relations: () -> [Relation<Input, Output>]
    ) throws(InvalidInvariantSet) -> InvariantSet
    where Content.Input == Input, Content.Output == Output {
        let (set, relations) = try validatedParts(id, content, relations)
        return set.relating { relations }
    }
}

extension InvariantSet where Input: Sendable, Output: Sendable {
    /// Checks a set and its relations, reporting a problem as an error instead of stopping; for `Sendable`
    /// inputs and outputs, whose relations can also run in production. See the unconstrained
    /// ``InvariantSet/validated(_:_:relating:)``.
    ///
    /// ```swift
    /// let quoteRules = try InvariantSet<Cart, Quote>.validated("pricing.quote") { … } relating: {
    ///     Deterministic("same-cart-same-quote")
    /// }
    /// ```
    public static func validated<Content: InvariantRule>(
        _ id: String,
        @InvariantBuilder<Input, Output> _ content: () -> Content,
        @RelationBuilder<Input, Output> relating relations: () -> [Relation<Input, Output>]
    ) throws(InvalidInvariantSet) -> InvariantSet
    where Content.Input == Input, Content.Output == Output {
        let (set, relations) = try validatedParts(id, content, relations)
        return set.relating { relations }
    }
}
