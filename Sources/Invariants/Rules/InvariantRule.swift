/// A rule, or a composition of rules, over a function's input and output.
///
/// You rarely conform to this protocol yourself: ``Invariant``, ``Expect``, ``ForEach``, ``When``,
/// ``AllOf``, ``AnyOf``, ``Not`` and ``InvariantSet`` conform, and ``InvariantBuilder`` composes them
/// into static generic types that the compiler can specialise and inline.
///
/// ```swift
/// struct WithinBudget: InvariantRule {      // a custom rule: one rule forwarding to a built-in one
///     var rule = Expect<Cart, Quote, Decimal>(\.total, "within-budget") { $0 <= 10_000 }
///     func evaluate(_ cart: Cart, _ quote: Quote, selection: RuleSelection, into violations: inout [RuleViolation]) {
///         rule.evaluate(cart, quote, selection: selection, into: &violations)
///     }
///     func holds(_ cart: Cart, _ quote: Quote) throws -> Bool { try rule.holds(cart, quote) }
///     mutating func bind(to binding: inout RuleBinding) { rule.bind(to: &binding) }
/// }
/// ```
public protocol InvariantRule<Input, Output>: Sendable {
    /// What the checked function takes.
    ///
    /// ```swift
    /// // Expect<Cart, Quote, Decimal>.Input is Cart
    /// ```
    associatedtype Input
    /// What the checked function returns.
    ///
    /// ```swift
    /// // Expect<Cart, Quote, Decimal>.Output is Quote
    /// ```
    associatedtype Output

    /// Evaluates the selected rules and appends one ``RuleViolation`` per failed or throwing rule.
    ///
    /// Appends nothing, and allocates nothing, when every rule holds.
    ///
    /// ```swift
    /// var violations: [RuleViolation] = []
    /// rule.evaluate(cart, quote, selection: .all, into: &violations)
    /// ```
    ///
    /// ```swift
    /// var violations: [RuleViolation] = []
    /// rule.evaluate(cart, quote, selection: .all, into: &violations)
    /// ```
    func evaluate(_ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation])

    /// Evaluates every rule of this node, for a check that selected them all, and appends one
    /// ``RuleViolation`` per failed or throwing rule to `failures` (which stays `nil` when every rule holds).
    ///
    /// The fast path of a checked call: no rule is tested against the selection, and the evaluations were
    /// counted once for the whole call (`selection` still counts failures and errors). The default calls
    /// ``evaluate(_:_:selection:into:)``; a custom rule need not implement it.
    ///
    /// `input`, `output` and the rule itself are `inout` (`mutating`) only so that every rule of the tree is
    /// read where it is stored and every predicate reads the input and output where the guard holds them,
    /// instead of the tree being loaded and each value copied before each predicate call: an implementation
    /// must read them and never modify them (the guard returns that output; the tree is shared by every call).
    ///
    /// ```swift
    /// var failures: [RuleViolation]? = nil
    /// rule.evaluateAll(&cart, &quote, selection: .all, into: &failures)
    /// ```
    mutating func evaluateAll(
        _ input: inout Input, _ output: inout Output, selection: RuleSelection, into failures: inout [RuleViolation]?)

    /// Whether every rule of this node holds. Used by ``AnyOf`` and ``Not``; a rule error is thrown.
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    func holds(_ input: Input, _ output: Output) throws -> Bool

    /// Whether any top-level alternative of this node holds. Used by ``AnyOf``.
    ///
    /// ```swift
    /// let anyHolds = try rule.holdsAny(cart, quote)
    /// ```
    ///
    /// ```swift
    /// let anyHolds = try rule.holdsAny(cart, quote)
    /// ```
    func holdsAny(_ input: Input, _ output: Output) throws -> Bool

    /// Gives every rule of the node its full id within a set, and lists its descriptor.
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    mutating func bind(to binding: inout RuleBinding)
}

extension InvariantRule {
    /// Evaluates the node through ``evaluate(_:_:selection:into:)``.
    ///
    /// ```swift
    /// var failures: [RuleViolation]? = nil
    /// customRule.evaluateAll(&cart, &quote, selection: .all, into: &failures)
    /// ```
    @inlinable
    public mutating func evaluateAll(
        _ input: inout Input, _ output: inout Output, selection: RuleSelection, into failures: inout [RuleViolation]?
    ) {
        var violations: [RuleViolation] = []
        evaluate(input, output, selection: selection, into: &violations)
        if !violations.isEmpty { failures = (failures ?? []) + violations }
    }

    /// A single rule or group is one alternative: it holds when all of it holds.
    ///
    ///
    /// ```swift
    /// let anyHolds = try Expect<Cart, Quote, Decimal>(\.tax, "taxed") { $0 > 0 }.holdsAny(cart, quote)
    /// ```
    /// ```swift
    /// let anyHolds = try rule.holdsAny(cart, quote)
    /// ```
    @inlinable
    public func holdsAny(_ input: Input, _ output: Output) throws -> Bool {
        try holds(input, output)
    }
}
