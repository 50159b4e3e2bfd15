/// Composes the rules written in an ``InvariantSet`` (or ``When``, ``AllOf``, ``AnyOf``, ``Not``) block.
///
/// Each block becomes one static generic type, so a whole rule set is specialised and inlined like
/// hand-written checks. `if`, `if`/`else`, `switch` and `for` work, and are evaluated once, when the
/// set is built; use ``When`` for a condition evaluated on every call.
///
/// ```swift
/// InvariantSet<Cart, Quote>("pricing.quote") {
///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
///     if strictCurrencies {
///         Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
///     }
///     for limit in limits {
///         Expect(\.total, "below-\(limit.name)") { $0 <= limit.amount }
///     }
/// }
/// ```
@resultBuilder
public enum InvariantBuilder<Input, Output> {
    /// Accepts any rule over this builder's input and output.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") { Expect(\.tax, "tax-non-negative") { $0 >= 0 } }
    /// ```
    @inlinable
    public static func buildExpression<Rule: InvariantRule>(_ rule: Rule) -> Rule
    where Rule.Input == Input, Rule.Output == Output {
        rule
    }

    /// An empty block.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.placeholder") {}   // a set with no rules yet
    /// ```
    @inlinable
    public static func buildBlock() -> InvariantRules.Empty<Input, Output> {
        InvariantRules.Empty()
    }

    /// The first rule of a block.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }        // the first rule
    /// }
    /// ```
    @inlinable
    public static func buildPartialBlock<Rule: InvariantRule>(first: Rule) -> Rule
    where Rule.Input == Input, Rule.Output == Output {
        first
    }

    /// The rules so far, followed by the next one.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    ///     Expect(\.total, "total-non-negative") { $0 >= 0 }    // paired with the rules before it
    /// }
    /// ```
    @inlinable
    public static func buildPartialBlock<Accumulated: InvariantRule, Next: InvariantRule>(
        accumulated: Accumulated,
        next: Next
    ) -> InvariantRules.Pair<Accumulated, Next>
    where Accumulated.Input == Input, Accumulated.Output == Output, Next.Input == Input, Next.Output == Output {
        InvariantRules.Pair(accumulated, next)
    }

    /// An `if` without `else`.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if strictCurrencies { Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency } }
    /// }
    /// ```
    @inlinable
    public static func buildOptional<Rule: InvariantRule>(_ rule: Rule?) -> InvariantRules.IfPresent<Rule>
    where Rule.Input == Input, Rule.Output == Output {
        InvariantRules.IfPresent(rule)
    }

    /// The `if` branch of an `if`/`else` or the first cases of a `switch`.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if euOnly { Expect(\.currency, "eur") { $0 == "EUR" } } else { Expect(\.currency, "known") { !$0.isEmpty } }
    /// }
    /// ```
    @inlinable
    public static func buildEither<First: InvariantRule, Second: InvariantRule>(
        first: First
    ) -> InvariantRules.Either<First, Second>
    where First.Input == Input, First.Output == Output {
        .first(first)
    }

    /// The `else` branch of an `if`/`else` or the last cases of a `switch`.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if euOnly { Expect(\.currency, "eur") { $0 == "EUR" } } else { Expect(\.currency, "known") { !$0.isEmpty } }
    /// }
    /// ```
    @inlinable
    public static func buildEither<First: InvariantRule, Second: InvariantRule>(
        second: Second
    ) -> InvariantRules.Either<First, Second>
    where Second.Input == Input, Second.Output == Output {
        .second(second)
    }

    /// A `for` loop.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.limits") {
    ///     for limit in limits { Expect(\.total, "below-\(limit.name)") { $0 <= limit.amount } }
    /// }
    /// ```
    @inlinable
    public static func buildArray<Rule: InvariantRule>(_ rules: [Rule]) -> InvariantRules.Each<Rule>
    where Rule.Input == Input, Rule.Output == Output {
        InvariantRules.Each(rules)
    }

    /// An `if #available` branch.
    ///
    /// ```swift
    /// InvariantSet<Cart, Quote>("pricing.quote") {
    ///     if #available(macOS 15, *) { Expect(\.tax, "tax-non-negative") { $0 >= 0 } }
    /// }
    /// ```
    @inlinable
    public static func buildLimitedAvailability<Rule: InvariantRule>(
        _ rule: Rule
    ) -> InvariantRules.Erased<Input, Output>
    where Rule.Input == Input, Rule.Output == Output {
        InvariantRules.Erased(rule)
    }
}
