/// What a guarded call does when a checked rule fails: return the output anyway, throw, or fall back.
///
/// The action can differ by severity; when several rules fail, the strongest action wins
/// (`enforce` over `fallback` over `observe`). A rule that throws is recorded, never enforced.
///
/// ```swift
/// InvariantMonitor(policy: .observe)                       // record, return the output unchanged
/// InvariantMonitor(policy: .enforce(atLeast: .critical))   // throw on critical, observe the rest
/// monitor.guarded(rules, policy: .fallback, fallback: { cart, _ in .declined(cart) }) { … }
/// ```
public struct Policy: Sendable, Hashable, CustomStringConvertible {
    /// What to do about a failed rule.
    ///
    /// ```swift
    /// Policy.enforce(atLeast: .critical).action(for: .critical)   // .enforce
    /// ```
    public enum Action: String, Sendable, Hashable, Comparable {
        /// Record the violation and return the output unchanged.
        ///
        /// ```swift
        /// Policy.observe.action(for: .critical)   // .observe
        /// ```
        case observe
        /// Record the violation and return the guard's fallback value instead of the output.
        ///
        /// ```swift
        /// Policy.fallback(atLeast: .error).action(for: .error)   // .fallback
        /// ```
        case fallback
        /// Record the violation and throw ``InvariantViolationError``.
        ///
        /// ```swift
        /// Policy.enforce.action(for: .info)   // .enforce
        /// ```
        case enforce

        var strength: Int {
            switch self {
            case .observe: 0
            case .fallback: 1
            case .enforce: 2
            }
        }

        /// Whether `lhs` is weaker than `rhs`: `observe < fallback < enforce`.
        ///
        /// ```swift
        /// Policy.Action.observe < .enforce   // true
        /// ```
        public static func < (lhs: Action, rhs: Action) -> Bool { lhs.strength < rhs.strength }
    }

    /// The action for each severity, indexed by ``Severity/rank``.
    private var actions: [Action]

    private init(_ actions: [Action]) {
        self.actions = actions
    }

    /// Records violations and returns every output unchanged. The default.
    ///
    /// ```swift
    /// InvariantMonitor(policy: .observe)
    /// ```
    public static let observe = Policy(Array(repeating: .observe, count: 4))
    /// Throws ``InvariantViolationError`` on any failed rule.
    ///
    /// ```swift
    /// let strict = monitor.guarded(quoteRules, policy: .enforce) { (cart: Cart) throws -> Quote in
    ///     try engine.quote(cart)
    /// }
    /// ```
    public static let enforce = Policy(Array(repeating: .enforce, count: 4))
    /// Returns the guard's fallback value on any failed rule.
    ///
    /// ```swift
    /// monitor.guarded(quoteRules, policy: .fallback, fallback: { cart, _ in .declined(cart) }) { cart in
    ///     engine.quote(cart)
    /// }
    /// ```
    public static let fallback = Policy(Array(repeating: .fallback, count: 4))

    /// Enforces rules of `severity` and above; observes the rest.
    ///
    /// ```swift
    /// InvariantMonitor(policy: .enforce(atLeast: .critical))
    /// ```
    public static func enforce(atLeast severity: Severity) -> Policy {
        Policy.observe.setting(.enforce, atLeast: severity)
    }

    /// Falls back on rules of `severity` and above; observes the rest.
    ///
    /// ```swift
    /// let safeQuote = monitor.guarded(quoteRules, policy: .fallback(atLeast: .error), fallback: { cart, _ in
    ///     .declined(cart)
    /// }) { cart in engine.quote(cart) }
    /// ```
    public static func fallback(atLeast severity: Severity) -> Policy {
        Policy.observe.setting(.fallback, atLeast: severity)
    }

    /// This policy, with `action` for `severity` and every severity above it.
    ///
    /// ```swift
    /// let policy = Policy.observe.setting(.fallback, atLeast: .error).setting(.enforce, atLeast: .critical)
    /// ```
    public func setting(_ action: Action, atLeast severity: Severity) -> Policy {
        var copy = self
        for level in Severity.allCases where level >= severity {
            copy.actions[level.rank] = action
        }
        return copy
    }

    /// The action for a failed rule of this severity.
    ///
    /// ```swift
    /// Policy.enforce(atLeast: .critical).action(for: .warning)   // .observe
    /// ```
    public func action(for severity: Severity) -> Action {
        actions[severity.rank]
    }

    /// The strongest action any of these violations calls for; rule errors call for `observe`.
    ///
    /// ```swift
    /// Policy.enforce(atLeast: .critical).action(for: outcome.violations)   // .enforce if a critical rule failed
    /// ```
    public func action(for violations: [RuleViolation]) -> Action {
        violations.lazy.filter { !$0.isRuleError }.map { action(for: $0.severity) }.max() ?? .observe
    }

    /// Whether some severity is enforced, so guarded functions must be able to throw.
    ///
    /// ```swift
    /// Policy.enforce(atLeast: .critical).canEnforce   // true: wrap a throwing function
    /// ```
    public var canEnforce: Bool { actions.contains(.enforce) }

    /// Whether some severity falls back, so guarded functions need a fallback.
    ///
    /// ```swift
    /// Policy.fallback(atLeast: .error).canFallBack   // true: pass a fallback
    /// ```
    public var canFallBack: Bool { actions.contains(.fallback) }

    /// `"observe"`, `"enforce"`, or per severity: `"info=observe warning=observe error=enforce critical=enforce"`.
    ///
    /// ```swift
    /// Policy.observe.setting(.enforce, atLeast: .error).description
    /// // "info=observe warning=observe error=enforce critical=enforce"
    /// ```
    public var description: String {
        if Set(actions).count == 1 { return actions[0].rawValue }
        return Severity.allCases.map { "\($0)=\(actions[$0.rank].rawValue)" }.joined(separator: " ")
    }
}
