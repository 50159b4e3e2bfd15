/// One sampled call of an experiment, as the candidate's run needs it: the input, what the control did and
/// how long it took, and the caller's context.
struct ShadowCall<Input: Sendable, Output: Sendable>: Sendable {
    let input: Input
    let control: Result<Output, any Error>
    let controlTime: Duration
    let context: InvariantContext
}
