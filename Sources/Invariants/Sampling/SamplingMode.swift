/// What the hot path must do to sample: nothing, skip everything, or ask the sampler.
@usableFromInline
enum SamplingMode: Sendable {
    /// Every call is checked against every rule; the sampler is never called.
    case always
    /// No call is checked; the sampler is never called.
    case never
    /// The sampler decides per call.
    case custom

    init(_ sampler: any Sampler) {
        switch sampler {
        case is AlwaysSampler: self = .always
        case is NeverSampler: self = .never
        default: self = .custom
        }
    }
}
