/// Checks no call: guarded functions only pay a branch. Useful to switch checking off by configuration.
public struct NeverSampler: Sampler {
    /// Creates the sampler.
    public init() {}

    @inlinable
    public func decide(setID _: String) -> RuleSelection { .none }

    public var description: String { "never" }
}

extension Sampler where Self == NeverSampler {
    /// Checks no call.
    ///
    /// ```swift
    /// InvariantMonitor(sampler: .never)
    /// ```
    public static var never: NeverSampler { NeverSampler() }
}
