extension InvariantSet {
    /// Why a set cannot be built, or `nil` when it can.
    @usableFromInline
    static func validate(id: String, binding: RuleBinding) -> InvalidInvariantSet? {
        if id.isEmpty { return InvalidInvariantSet(setID: id, reason: "a set id must not be empty") }
        if id.contains("/") { return InvalidInvariantSet(setID: id, reason: "a set id must not contain '/'") }
        if let problem = binding.descriptors.lazy.compactMap(\.problem).first {
            return InvalidInvariantSet(setID: id, reason: problem)
        }
        let duplicates = binding.duplicateIDs
        guard !duplicates.isEmpty else { return nil }
        let counts = duplicates.map { duplicate in
            let count = binding.descriptors.filter { $0.id == duplicate }.count
            return "'\(duplicate)' (\(count) times)"
        }
        let noun = duplicates.count == 1 ? "id" : "ids"
        return InvalidInvariantSet(
            setID: id,
            reason: "duplicate rule \(noun) \(counts.joined(separator: ", ")); every rule needs its own id"
        )
    }

    /// Checks a set the way ``init(_:_:)`` does, reporting a problem as an error instead of stopping: an
    /// empty set id or one containing `/`, a rule id that is empty or contains `/`, an ``AnyOf`` or ``Not``
    /// without rules, and two rules with the same id.
    ///
    /// ```swift
    /// try InvariantSet<Cart, Quote>.validated("pricing.quote") { … }
    /// ```
    public static func validated<Content: InvariantRule>(
        _ id: String,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) throws(InvalidInvariantSet) -> InvariantSet
    where Content.Input == Input, Content.Output == Output {
        try validated(id, deferral: nil, content)
    }

    /// Validates, then builds the set with `deferral`.
    static func validated<Content: InvariantRule>(
        _ id: String,
        deferral: (@Sendable (Input, Output) -> any DeferredCapture)?,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) throws(InvalidInvariantSet) -> InvariantSet
    where Content.Input == Input, Content.Output == Output {
        var tree = content()
        var binding = RuleBinding(setID: id)
        tree.bind(to: &binding)
        if let problem = validate(id: id, binding: binding) { throw problem }
        return InvariantSet(id, deferral: deferral) { tree }
    }
}
