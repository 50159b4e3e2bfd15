/// Checks no call: guarded functions only pay a branch. Useful to switch checking off by configuration.
///
/// ```swift
/// InvariantMonitor(sampler: NeverSampler())   // or .never: guards stay in place, nothing is checked
/// ```
public struct NeverSampler: Sampler {
    /// Creates the sampler.
    ///
    /// ```swift
    /// let sampler = NeverSampler()
    /// ```
    public init() {}

    /// No rule: the call is not checked.
    ///
    /// ```swift
    /// NeverSampler().decide(setID: "pricing.quote").isEmpty   // true
    /// ```
    @inlinable
    public func decide(setID _: String) -> RuleSelection { .none }

    /// `"never"`.
    ///
    /// ```swift
    /// print(NeverSampler())   // never
    /// ```
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
