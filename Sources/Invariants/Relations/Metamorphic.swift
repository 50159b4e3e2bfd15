/// A metamorphic relation: calling the function on a transform of the input must give an output that
/// stands in a known relation to the original output, even when nobody can say what the right output is.
///
/// ```swift
/// Metamorphic<Cart, Quote>("order-independent", severity: .critical, seededTransform: { cart, random in
///     var reordered = cart
///     reordered.lines.shuffle(using: &random)
///     return reordered
/// }) { original, reordered in original.output.total == reordered.output.total }
///
/// Metamorphic<Cart, Quote>("adding-a-line-never-lowers-the-subtotal", transform: { $0.adding(.sample) }) {
///     original, larger in larger.output.subtotal >= original.output.subtotal
/// }
/// ```
///
/// The transform must not have side effects; a randomised one draws from its ``RelationRandom`` only, so
/// the seed a record keeps rebuilds the same input. The predicate may throw: a thrown error is a rule error.
public struct Metamorphic<Input, Output>: RelationRule {
    /// The relation this component declares.
    ///
    /// ```swift
    /// Metamorphic<Cart, Quote>("order-independent", transform: { $0 }) { _, _ in true }.relation.isRandomised   // false
    /// ```
    public let relation: Relation<Input, Output>

    /// A relation over `transform(input)`.
    ///
    /// - Parameters:
    ///   - id: The relation's id, unique among the set's rules and relations; it must not contain `/`.
    ///   - severity: How serious a violation is; `.error` by default.
    ///   - owner: Who to ask about the relation.
    ///   - tags: Free-form tags for routing and reports.
    ///   - transform: Builds the second call's input from the first's.
    ///   - message: Renders the violation message from both calls; called only when the relation fails.
    ///   - predicate: Returns `true` when the two calls stand in the relation.
    ///
    /// ```swift
    /// Metamorphic<Cart, Quote>("double-quantities-double-subtotal", transform: { $0.doublingQuantities() }) {
    ///     original, doubled in doubled.output.subtotal == 2 * original.output.subtotal
    /// }
    /// ```
    public init(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        transform: @escaping @Sendable (Input) -> Input,
        message: (
            @Sendable (_ original: RelatedCall<Input, Output>, _ transformed: RelatedCall<Input, Output>) -> String
        )? =
            nil,
        _ predicate:
            @escaping @Sendable (
                _ original: RelatedCall<Input, Output>, _ transformed: RelatedCall<Input, Output>
            ) throws -> Bool
    ) {
        self.init(
            id, severity, owner, tags, isRandomised: false, { input, _ in transform(input) }, message, predicate)
    }

    /// A relation over a randomised transform, drawn from a seed each check keeps (and a record records).
    ///
    /// ```swift
    /// Metamorphic<AuthorizationRequest, AuthorizationDecision>("scope-order-independent", seededTransform: {
    ///     request, random in request.with(scopes: request.scopes.shuffled(using: &random))
    /// }) { original, shuffled in original.output.granted == shuffled.output.granted }
    /// ```
    public init(
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        seededTransform: @escaping @Sendable (Input, inout RelationRandom) -> Input,
        message: (
            @Sendable (_ original: RelatedCall<Input, Output>, _ transformed: RelatedCall<Input, Output>) -> String
        )? =
            nil,
        _ predicate:
            @escaping @Sendable (
                _ original: RelatedCall<Input, Output>, _ transformed: RelatedCall<Input, Output>
            ) throws -> Bool
    ) {
        self.init(id, severity, owner, tags, isRandomised: true, seededTransform, message, predicate)
    }

    private init(
        _ id: String,
        _ severity: Severity,
        _ owner: String?,
        _ tags: [String],
        isRandomised: Bool,
        _ transform: @escaping @Sendable (Input, inout RelationRandom) -> Input,
        _ message: (@Sendable (RelatedCall<Input, Output>, RelatedCall<Input, Output>) -> String)?,
        _ predicate: @escaping @Sendable (RelatedCall<Input, Output>, RelatedCall<Input, Output>) throws -> Bool
    ) {
        relation = Relation(
            RuleDescriptor(ruleID: id, severity: severity, owner: owner, tags: tags, kind: "Metamorphic"),
            isRandomised: isRandomised, transform: transform,
            message: message ?? { _, _ in "does not hold between the call and the call on its transformed input" },
            predicate: predicate)
    }
}
