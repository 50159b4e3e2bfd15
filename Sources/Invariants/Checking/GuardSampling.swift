/// What a guard does before calling the function: check every call, skip every call, draw the call's sample
/// and compare it with a ratio (``RatioGate``), or ask the sampler after the call.
@usableFromInline
enum GuardSampling: Sendable {
    /// Every call is checked against every rule.
    case always
    /// No call is checked.
    case never
    /// A call the ratio skips is not checked and never reaches the monitor; the others ask the sampler.
    case ratio
    /// The sampler decides per call, after the function ran.
    case custom
}
