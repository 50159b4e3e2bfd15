/// A named set of business rules that a function's outputs must obey.
///
/// ```swift
/// let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
///     Invariant("total-covers-lines", severity: .critical) { cart, quote in quote.total >= cart.subtotal }
///     Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
///     When({ cart, _ in cart.taxExempt }) {
///         Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
///     }
///     ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
/// }
///
/// quoteRules.check(cart, quote).violations.map(\.invariantID)   // ["pricing.quote/total-covers-lines"]
/// ```
///
/// A rule's id is `"<set-id>/<rule-id>"`. A set may include another set; the included rules keep the
/// ids of the set that declared them. Two rules with the same full id are a programming error, reported
/// when the set is built.
public struct InvariantSet<Input, Output>: Sendable {
    /// The set's id, the first half of every rule id it declares.
    ///
    /// ```swift
    /// quoteRules.id   // "pricing.quote"
    /// ```
    public let id: String
    /// Every rule of the set, in declaration order, including those of nested sets.
    ///
    /// ```swift
    /// quoteRules.rules.map(\.id)   // ["pricing.quote/total-covers-lines", "pricing.quote/currency-preserved", …]
    /// ```
    public let rules: [RuleDescriptor]

    /// The rule tree, erased once here; specialised where the set was built. Each closure captures the
    /// one ``RuleTree`` object that holds the tree, so a call reads the rules in place instead of copying them.
    @usableFromInline
    let evaluator: @Sendable (Input, Output, RuleSelection, inout [RuleViolation]) -> Void
    /// ``InvariantRule/evaluateAll(_:_:selection:into:)`` of the tree: the fast path of a check of every rule.
    /// The output is `inout` so that every rule reads it where the caller holds it; nothing modifies it.
    @usableFromInline
    let fastEvaluator: @Sendable (Input, inout Output, RuleSelection, inout [RuleViolation]?) -> Void
    @usableFromInline
    let predicate: @Sendable (Input, Output) throws -> Bool
    /// Where this set's rules start in the ordinals of an enclosing set.
    @usableFromInline
    var ordinalBase = 0
    /// Holds a failed call's input and output for the reporter's queue to capture; `nil` when they are
    /// not known to be `Sendable`, and the caller captures them.
    @usableFromInline
    let deferral: (@Sendable (Input, Output) -> any DeferredCapture)?
    /// The set's relations, which the evaluator above never walks (see `InvariantSet+Relations.swift`).
    var relationList = RelationList<Input, Output>()

    /// Creates a set from the rules in `content`.
    ///
    /// When `Input` and `Output` are `Sendable`, the overload in the extension below is chosen instead: a
    /// failed call's values are then captured on the reporter's queue rather than the caller's.
    ///
    /// - Parameters:
    ///   - id: The set's id, such as `"pricing.quote"`; it must not be empty or contain `/`.
    ///   - content: The rules.
    /// - Precondition: no two rules have the same full id.
    ///
    /// ```swift
    /// let quoteRules = InvariantSet<Cart, Quote>("pricing.quote") {
    ///     Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    /// }
    /// ```
    @inlinable
    public init<Content: InvariantRule>(
        _ id: String,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) where Content.Input == Input, Content.Output == Output {
        self.init(id, deferral: nil, content)
    }

    /// Builds the set; every public initializer ends here.
    @inlinable
    init<Content: InvariantRule>(
        _ id: String,
        deferral: (@Sendable (Input, Output) -> any DeferredCapture)?,
        @InvariantBuilder<Input, Output> _ content: () -> Content
    ) where Content.Input == Input, Content.Output == Output {
        var tree = content()
        var binding = RuleBinding(setID: id)
        tree.bind(to: &binding)
        if let problem = Self.validate(id: id, binding: binding) {
            preconditionFailure(problem.description)
        }
        let rules = RuleTree(tree)
        self.id = id
        self.rules = binding.descriptors
        self.deferral = deferral
        self.evaluator = { input, output, selection, violations in
            rules.content.evaluate(input, output, selection: selection, into: &violations)
        }
        self.fastEvaluator = { input, output, selection, failures in
            // The rules read the input where the caller put it (the closure takes it by address), and are read
            // where the tree is stored (`RuleTree`): no copy of either per rule. `evaluateAll` only reads them.
            withUnsafePointer(to: input) { address in
                rules.address.pointee.evaluateAll(
                    &UnsafeMutablePointer(mutating: address).pointee, &output, selection: selection, into: &failures)
            }
        }
        self.predicate = { input, output in try rules.content.holds(input, output) }
    }

    /// Checks one call's input and output against every rule.
    ///
    /// ```swift
    /// let outcome = quoteRules.check(cart, quote)
    /// #expect(outcome.hasPassed, "\(outcome)")
    /// ```
    ///
    /// Allocates nothing when every rule holds. A rule that throws is reported as a rule error.
    @inlinable
    public func check(_ input: Input, _ output: Output) -> CheckOutcome {
        check(input, output, selection: .all)
    }

    /// Checks one call's input and output against the selected rules.
    ///
    /// ```swift
    /// let criticalOnly = quoteRules.check(cart, quote, selection: .severities([.critical]))
    /// ```
    @inlinable
    public func check(_ input: Input, _ output: Output, selection: RuleSelection) -> CheckOutcome {
        if selection.isAll {
            var failures: [RuleViolation]?
            var output = output
            fastEvaluator(input, &output, selection.precounting(), &failures)
            return CheckOutcome(violations: failures ?? [])
        }
        var violations: [RuleViolation] = []
        evaluator(input, output, selection, &violations)
        return CheckOutcome(violations: violations)
    }

    /// The descriptor of the rule with this full id, if the set has it.
    ///
    /// ```swift
    /// quoteRules.rule("pricing.quote/tax-non-negative")?.severity   // .error
    /// ```
    public func rule(_ invariantID: String) -> RuleDescriptor? {
        rules.first { $0.id == invariantID }
    }
}
