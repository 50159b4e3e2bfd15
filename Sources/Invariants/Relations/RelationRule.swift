/// A relation component of ``RelationBuilder``: ``Metamorphic`` or ``Deterministic``.
///
/// ```swift
/// quoteRules.relating {
///     Deterministic("same-cart-same-quote")   // a RelationRule
/// }
/// ```
public protocol RelationRule<Input, Output>: Sendable {
    /// What the checked function takes.
    ///
    /// ```swift
    /// // Deterministic<Cart, Quote>.Input is Cart
    /// ```
    associatedtype Input
    /// What the checked function returns.
    ///
    /// ```swift
    /// // Deterministic<Cart, Quote>.Output is Quote
    /// ```
    associatedtype Output

    /// The relation this component declares.
    ///
    /// ```swift
    /// Deterministic<Cart, Quote>("same-cart-same-quote").relation.isDeterminism   // true
    /// ```
    var relation: Relation<Input, Output> { get }
}
