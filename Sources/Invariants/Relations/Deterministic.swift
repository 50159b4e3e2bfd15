/// A determinism relation: calling the function again on the same input must give the same output, or the
/// same projection of it, or one within a tolerance.
///
/// Catches what no single call shows: unseeded randomness, `Set` or `Dictionary` order, a clock read,
/// shared mutable state.
///
/// ```swift
/// Deterministic<Cart, Quote>("same-cart-same-quote")                              // Quote: Equatable
/// Deterministic<Cart, Quote>("same-total", comparing: { $0.total })                // only the total
/// Deterministic<Cart, Quote>("stable-total", comparing: { $0.total }, tolerance: 0.01)
/// ```
public struct Deterministic<Input, Output>: RelationRule {
    /// The kind of the descriptors of determinism relations.
    static var kind: String { "Deterministic" }

    /// The relation this component declares.
    ///
    /// ```swift
    /// Deterministic<Cart, Quote>("same-cart-same-quote").relation.isDeterminism   // true
    /// ```
    public let relation: Relation<Input, Output>

    /// The same input gives an output whose projection by `comparing` is equal.
    ///
    /// - Parameters:
    ///   - id: The relation's id, unique among the set's rules and relations; it must not contain `/`.
    ///   - severity: How serious a violation is; `.error` by default.
    ///   - owner: Who to ask about the relation.
    ///   - tags: Free-form tags for routing and reports.
    ///   - comparing: The part of the output that must not change.
    ///
    /// ```swift
    /// Deterministic<Cart, Quote>("same-total", comparing: { $0.total })
    /// ```
    public init<Value: Equatable & SendableMetatype>(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        comparing projection: @escaping @Sendable (Output) -> Value
    ) {
        self.init(id, severity, owner, tags) { first, second in projection(first) == projection(second) }
    }

    /// The same input gives a projection within `tolerance` of the first.
    ///
    /// ```swift
    /// Deterministic<Cart, Quote>("stable-total", comparing: { $0.total }, tolerance: 0.01)
    /// ```
    public init<Value: Strideable & SendableMetatype>(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        comparing projection: @escaping @Sendable (Output) -> Value,
        tolerance: Value.Stride
    ) where Value.Stride: Sendable {
        self.init(id, severity, owner, tags) { first, second in
            abs(projection(first).distance(to: projection(second))) <= tolerance
        }
    }

    /// The same input gives outputs that `equivalent` accepts.
    ///
    /// ```swift
    /// Deterministic<Query, [Row]>("same-rows", equivalent: { Set($0) == Set($1) })   // order may vary
    /// ```
    public init(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        equivalent: @escaping @Sendable (Output, Output) -> Bool
    ) {
        self.init(id, severity, owner, tags, equivalent)
    }

    private init(
        _ id: String, _ severity: Severity, _ owner: String?, _ tags: [String],
        _ equivalent: @escaping @Sendable (Output, Output) -> Bool
    ) {
        relation = Relation(
            RuleDescriptor(ruleID: id, severity: severity, owner: owner, tags: tags, kind: Self.kind),
            isRandomised: false, transform: { input, _ in input },
            message: { _, _ in "the same input gave a different output" },
            predicate: { first, second in equivalent(first.output, second.output) })
    }
}

extension Deterministic where Output: Equatable & SendableMetatype {
    /// The same input gives an equal output.
    ///
    /// ```swift
    /// Deterministic<Cart, Quote>("same-cart-same-quote")
    /// ```
    public init(_ id: String, severity: Severity = .error, owner: String? = nil, tags: [String] = []) {
        self.init(id, severity, owner, tags) { $0 == $1 }
    }
}
