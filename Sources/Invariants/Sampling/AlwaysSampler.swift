/// Checks every call against every rule.
///
/// ```swift
/// InvariantMonitor(sampler: AlwaysSampler())   // or .always
/// ```
public struct AlwaysSampler: Sampler {
    /// Creates the sampler.
    ///
    /// ```swift
    /// let sampler = AlwaysSampler()
    /// ```
    public init() {}

    /// Every rule, on every call.
    ///
    /// ```swift
    /// AlwaysSampler().decide(setID: "pricing.quote").isAll   // true
    /// ```
    @inlinable
    public func decide(setID _: String) -> RuleSelection { .all }

    /// `"always"`.
    ///
    /// ```swift
    /// print(AlwaysSampler())   // always
    /// ```
    public var description: String { "always" }
}

extension Sampler where Self == AlwaysSampler {
    /// Checks every call against every rule.
    ///
    /// ```swift
    /// InvariantMonitor(sampler: .always)
    /// ```
    public static var always: AlwaysSampler { AlwaysSampler() }
}
