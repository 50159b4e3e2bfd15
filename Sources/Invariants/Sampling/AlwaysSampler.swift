/// Checks every call against every rule.
public struct AlwaysSampler: Sampler {
    /// Creates the sampler.
    public init() {}

    @inlinable
    public func decide(setID _: String) -> RuleSelection { .all }

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
