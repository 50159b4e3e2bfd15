/// A rule no single call can check: how the function's output for an input must relate to its output for a
/// transformed input (``Metamorphic``), or for the same input again (``Deterministic``).
///
/// Relations are declared with ``InvariantSet/relating(_:)`` and listed in ``InvariantSet/relations``,
/// apart from the per-call rules: a guarded call never evaluates them. A guard that declares the function
/// safe to call twice runs them on a sample of calls, off the caller's path (see ``RelationChecks``);
/// `expectInvariants` and `XCTAssertInvariants` run them on every generated input.
///
/// ```swift
/// let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
/// }.relating {
///     Metamorphic("order-independent", transform: { $0.reversedLines() }) { original, reordered in
///         original.output.total == reordered.output.total
///     }
///     Deterministic("same-cart-same-quote")
/// }
/// quoteRules.relations.map(\.descriptor.id)   // ["pricing.quote/order-independent", "pricing.quote/same-cart-same-quote"]
/// ```
public struct Relation<Input, Output>: Sendable {
    /// The relation's id, severity, owner and tags, like any rule's; its kind is `Metamorphic` or `Deterministic`.
    ///
    /// ```swift
    /// quoteRules.relations[0].descriptor.id   // "pricing.quote/order-independent"
    /// ```
    public internal(set) var descriptor: RuleDescriptor
    /// Whether the transform draws random numbers, so each check has its own ``RelationSeed``.
    ///
    /// ```swift
    /// quoteRules.relations.filter(\.isRandomised).count
    /// ```
    public let isRandomised: Bool
    let transform: @Sendable (Input, inout RelationRandom) -> Input
    let predicate: @Sendable (RelatedCall<Input, Output>, RelatedCall<Input, Output>) throws -> Bool
    let message: @Sendable (RelatedCall<Input, Output>, RelatedCall<Input, Output>) -> String

    init(
        _ descriptor: RuleDescriptor,
        isRandomised: Bool,
        transform: @escaping @Sendable (Input, inout RelationRandom) -> Input,
        message: @escaping @Sendable (RelatedCall<Input, Output>, RelatedCall<Input, Output>) -> String,
        predicate: @escaping @Sendable (RelatedCall<Input, Output>, RelatedCall<Input, Output>) throws -> Bool
    ) {
        self.descriptor = descriptor
        self.isRandomised = isRandomised
        self.transform = transform
        self.message = message
        self.predicate = predicate
    }

    /// Whether this relation calls the function on the same input again.
    ///
    /// ```swift
    /// quoteRules.relations.filter(\.isDeterminism).map(\.descriptor.ruleID)   // ["same-cart-same-quote"]
    /// ```
    public var isDeterminism: Bool { descriptor.kind == Deterministic<Input, Output>.kind }

    /// A fresh seed for one check when the transform is randomised, else `nil`.
    ///
    /// ```swift
    /// let seed = relation.newSeed()
    /// ```
    public func newSeed() -> RelationSeed? {
        isRandomised ? .random() : nil
    }

    /// The input the second call gets: the transform of `input` (drawing from `seed` when randomised).
    ///
    /// ```swift
    /// let reordered = relation.transformed(cart, seed: record.comparison?.seed)
    /// ```
    public func transformed(_ input: Input, seed: RelationSeed?) -> Input {
        var random = RelationRandom(seed: seed ?? RelationSeed(0))
        return transform(input, &random)
    }

    /// Judges two calls: `nil` when the relation holds, else the violation (a thrown predicate is a rule error).
    ///
    /// ```swift
    /// let violation = relation.check(RelatedCall(input: cart, output: q1), RelatedCall(input: reordered, output: q2))
    /// ```
    public func check(
        _ original: RelatedCall<Input, Output>, _ transformed: RelatedCall<Input, Output>
    ) -> RuleViolation? {
        do {
            if try predicate(original, transformed) { return nil }
            return RuleViolation(rule: descriptor, message: message(original, transformed))
        } catch {
            return RuleViolation(rule: descriptor, error: error)
        }
    }
}
