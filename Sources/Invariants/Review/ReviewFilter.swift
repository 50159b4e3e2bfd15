/// Which checked calls a ``ReviewRoute`` considers: by set, rule, rule tag, severity, code origin, and
/// whether the rules passed. Every constraint left empty admits everything; the constraints combine with
/// *and*, the values within one constraint with *or*.
///
/// The rule constraints (``ruleIDs``, ``tags``, ``minimumSeverity``) look at the rules that *failed* when
/// the filter asks for failed calls, and at the rules that were *checked* otherwise.
///
/// ```swift
/// ReviewFilter.set("pricing.quote").origin(.generated)        // every pricing call of generated code
/// ReviewFilter.violations(atLeast: .critical)                 // every call where a critical rule failed
/// ReviewFilter.all.rule("auth.decide/suspended-denied").passing   // passing calls that checked this rule
/// ```
public struct ReviewFilter: Sendable, Hashable {
    /// Whether the filter wants passing calls, failing calls, or both.
    ///
    /// ```swift
    /// ReviewFilter.all.outcome == .any
    /// ```
    public enum Outcome: String, Sendable, Hashable {
        /// Passing and failing calls.
        ///
        /// ```swift
        /// ReviewFilter.set("pricing.quote").outcome   // .any
        /// ```
        case any
        /// Calls where every checked rule held.
        ///
        /// ```swift
        /// ReviewFilter.passing.outcome   // .passed
        /// ```
        case passed
        /// Calls where a checked rule failed or threw.
        ///
        /// ```swift
        /// ReviewFilter.failing.outcome   // .failed
        /// ```
        case failed
    }

    /// The guarded sets admitted; empty admits any set.
    ///
    /// ```swift
    /// ReviewFilter.set("pricing.quote").setIDs   // ["pricing.quote"]
    /// ```
    public var setIDs: Set<String> = []
    /// Full rule ids (`"<set-id>/<rule-id>"`) admitted; empty admits any rule.
    ///
    /// ```swift
    /// ReviewFilter.all.rule("pricing.quote/tax-non-negative").ruleIDs
    /// ```
    public var ruleIDs: Set<String> = []
    /// Rule tags admitted (a rule with any of them); empty admits any rule.
    ///
    /// ```swift
    /// ReviewFilter.all.tagged("money").tags   // ["money"]
    /// ```
    public var tags: Set<String> = []
    /// The lowest rule severity admitted; `nil` admits every severity.
    ///
    /// ```swift
    /// ReviewFilter.violations(atLeast: .critical).minimumSeverity   // .critical
    /// ```
    public var minimumSeverity: Severity?
    /// Code authors admitted (``CodeOrigin/author``); empty admits any author.
    ///
    /// ```swift
    /// ReviewFilter.origin(.generated).authors   // [.generated]
    /// ```
    public var authors: Set<CodeOrigin.Author> = []
    /// Models admitted (``CodeOrigin/model``); empty admits any model.
    ///
    /// ```swift
    /// ReviewFilter.all.model("model-x").models   // ["model-x"]
    /// ```
    public var models: Set<String> = []
    /// Passing calls, failing calls, or both.
    ///
    /// ```swift
    /// ReviewFilter.failing.outcome   // .failed
    /// ```
    public var outcome: Outcome = .any

    /// A filter admitting every checked call.
    ///
    /// ```swift
    /// ReviewFilter().outcome   // .any
    /// ```
    public init() {}

    /// Every checked call.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.01, of: .all)
    /// ```
    public static let all = ReviewFilter()
    /// Every call where every checked rule held.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.01, of: .passing)
    /// ```
    public static let passing = all.passing
    /// Every call where a checked rule failed or threw.
    ///
    /// ```swift
    /// ReviewRoute.every(.failing)
    /// ```
    public static let failing = all.failing

    /// Calls of these sets: `.set("pricing.quote")`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.05, of: .set("pricing.quote", "auth.decide"))
    /// ```
    public static func set(_ ids: String...) -> ReviewFilter { all.adding(\.setIDs, ids) }

    /// Calls where a rule of `severity` or above failed: `.violations(atLeast: .critical)`.
    ///
    /// ```swift
    /// ReviewRoute.every(.violations(atLeast: .critical))   // outcome .failed, minimumSeverity .critical
    /// ```
    public static func violations(atLeast severity: Severity) -> ReviewFilter {
        all.failing.severity(atLeast: severity)
    }

    /// Calls of code from these authors: `.origin(.generated)`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.1, of: .origin(.generated, .unknown))
    /// ```
    public static func origin(_ authors: CodeOrigin.Author...) -> ReviewFilter { all.adding(\.authors, authors) }

    /// Calls where one of these rules (full ids) failed, or was checked on a passing call: `.rule(…)`.
    ///
    /// ```swift
    /// ReviewRoute.every(.rule("pricing.quote/exempt-pays-no-tax"))
    /// ```
    public static func rule(_ ids: String...) -> ReviewFilter { all.adding(\.ruleIDs, ids) }

    /// Calls where a rule with one of these tags failed, or was checked on a passing call: `.tagged("money")`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.01, of: .tagged("money"))
    /// ```
    public static func tagged(_ tags: String...) -> ReviewFilter { all.adding(\.tags, tags) }

    /// Calls where a rule of `severity` or above failed, or was checked on a passing call.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.01, of: .severity(atLeast: .error))
    /// ```
    public static func severity(atLeast severity: Severity) -> ReviewFilter { all.severity(atLeast: severity) }

    /// Calls of code generated by one of these models: `.model("assistant-model-2026-10")`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.05, of: .model("assistant-model-2026-10"))
    /// ```
    public static func model(_ models: String...) -> ReviewFilter { all.adding(\.models, models) }

    /// This filter, also requiring one of these sets: `.failing.set("pricing.quote")`.
    ///
    /// ```swift
    /// ReviewFilter.failing.set("pricing.quote").setIDs   // ["pricing.quote"]
    /// ```
    public func set(_ ids: String...) -> ReviewFilter { adding(\.setIDs, ids) }

    /// This filter, also requiring one of these rules (full ids): `.all.rule("pricing.quote/tax-non-negative")`.
    ///
    /// ```swift
    /// ReviewRoute.every(.failing.rule("pricing.quote/tax-non-negative"))
    /// ```
    public func rule(_ ids: String...) -> ReviewFilter { adding(\.ruleIDs, ids) }

    /// This filter, also requiring a rule with one of these tags: `.all.tagged("money")`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.02, of: .all.tagged("money", "auth"))
    /// ```
    public func tagged(_ tags: String...) -> ReviewFilter { adding(\.tags, tags) }

    /// This filter, also requiring a rule of `severity` or above: `.failing.severity(atLeast: .error)`.
    ///
    /// ```swift
    /// ReviewFilter.failing.severity(atLeast: .error).minimumSeverity   // .error
    /// ```
    public func severity(atLeast severity: Severity) -> ReviewFilter {
        var copy = self
        copy.minimumSeverity = severity
        return copy
    }

    /// This filter, also requiring code from one of these authors: `.set("auth").origin(.generated, .unknown)`.
    ///
    /// ```swift
    /// ReviewFilter.set("auth").origin(.generated, .unknown).authors   // [.generated, .unknown]
    /// ```
    public func origin(_ authors: CodeOrigin.Author...) -> ReviewFilter { adding(\.authors, authors) }

    /// This filter, also requiring code generated by one of these models: `.all.model("assistant-model-x")`.
    ///
    /// ```swift
    /// ReviewRoute.every(.failing.model("assistant-model-x"))
    /// ```
    public func model(_ models: String...) -> ReviewFilter { adding(\.models, models) }

    /// This filter, for passing calls only: `.set("pricing.quote").passing`.
    ///
    /// ```swift
    /// ReviewRoute.sample(0.01, of: .set("pricing.quote").passing)
    /// ```
    public var passing: ReviewFilter { with(outcome: .passed) }

    /// This filter, for failing calls only: `.set("pricing.quote").failing`.
    ///
    /// ```swift
    /// ReviewRoute.every(.set("pricing.quote").failing)
    /// ```
    public var failing: ReviewFilter { with(outcome: .failed) }

    /// Whether the filter constrains which rules are involved.
    var constrainsRules: Bool { !ruleIDs.isEmpty || !tags.isEmpty || minimumSeverity != nil }

    /// Whether a rule passes the rule constraints.
    func admits(_ rule: RuleDescriptor) -> Bool {
        (ruleIDs.isEmpty || ruleIDs.contains(rule.id))
            && (tags.isEmpty || rule.tags.contains { tags.contains($0) })
            && (minimumSeverity.map { rule.severity >= $0 } ?? true)
    }

    /// Whether calls of this set and origin can pass the filter at all.
    func admits(setID: String, origin: CodeOrigin) -> Bool {
        (setIDs.isEmpty || setIDs.contains(setID))
            && (authors.isEmpty || authors.contains(origin.author))
            && (models.isEmpty || origin.model.map { models.contains($0) } ?? false)
    }

    private func adding<Element>(_ field: WritableKeyPath<ReviewFilter, Set<Element>>, _ values: [Element]) -> Self {
        var copy = self
        copy[keyPath: field].formUnion(values)
        return copy
    }

    private func with(outcome: Outcome) -> ReviewFilter {
        var copy = self
        copy.outcome = outcome
        return copy
    }
}
