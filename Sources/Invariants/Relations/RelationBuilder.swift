/// Collects the relations of an ``InvariantSet/relating(_:)`` block. `if`, `if`/`else`, `switch` and `for`
/// work and are evaluated once, when the set is built.
///
/// ```swift
/// quoteRules.relating {
///     Deterministic("same-cart-same-quote")
///     if checksOrder { Metamorphic("order-independent", transform: { $0.reversedLines() }) { $0.output == $1.output } }
/// }
/// ```
@resultBuilder
public enum RelationBuilder<Input, Output> {
    /// Accepts ``Metamorphic`` and ``Deterministic``.
    ///
    /// ```swift
    /// quoteRules.relating { Deterministic("same-cart-same-quote") }
    /// ```
    public static func buildExpression<Rule: RelationRule>(_ rule: Rule) -> [Relation<Input, Output>]
    where Rule.Input == Input, Rule.Output == Output {
        [rule.relation]
    }

    /// Relations declared elsewhere, such as another set's ``InvariantSet/relations``; they take this set's id.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.checkout") { … }.relating { quoteRules.relations }
    /// ```
    public static func buildExpression(_ relations: [Relation<Input, Output>]) -> [Relation<Input, Output>] {
        relations
    }

    /// The relations of a block, in order.
    ///
    /// ```swift
    /// quoteRules.relating { Deterministic("a"); Deterministic("b") }
    /// ```
    public static func buildBlock(_ parts: [Relation<Input, Output>]...) -> [Relation<Input, Output>] {
        parts.flatMap { $0 }
    }

    /// An `if` without `else`.
    ///
    /// ```swift
    /// quoteRules.relating { if strict { Deterministic("same-cart-same-quote") } }
    /// ```
    public static func buildOptional(_ part: [Relation<Input, Output>]?) -> [Relation<Input, Output>] {
        part ?? []
    }

    /// The `if` branch of an `if`/`else`.
    ///
    /// ```swift
    /// quoteRules.relating { if strict { Deterministic("exact") } else { Deterministic("total", comparing: { $0.total }) } }
    /// ```
    public static func buildEither(first: [Relation<Input, Output>]) -> [Relation<Input, Output>] {
        first
    }

    /// The `else` branch of an `if`/`else`.
    ///
    /// ```swift
    /// quoteRules.relating { if strict { Deterministic("exact") } else { Deterministic("total", comparing: { $0.total }) } }
    /// ```
    public static func buildEither(second: [Relation<Input, Output>]) -> [Relation<Input, Output>] {
        second
    }

    /// A `for` loop.
    ///
    /// ```swift
    /// quoteRules.relating { for n in [2, 3] { Metamorphic("scale-\(n)", transform: { $0.scaled(n) }) { _, _ in true } } }
    /// ```
    public static func buildArray(_ parts: [[Relation<Input, Output>]]) -> [Relation<Input, Output>] {
        parts.flatMap { $0 }
    }
}
