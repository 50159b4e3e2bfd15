/// One of the two calls a relation compares: the input the function got and the output it returned.
///
/// ```swift
/// Metamorphic<Cart, Quote>("order-independent", transform: { $0.reversedLines() }) { original, reordered in
///     original.output.total == reordered.output.total       // both are RelatedCall<Cart, Quote>
/// }
/// ```
public struct RelatedCall<Input, Output> {
    /// What the function was called with.
    ///
    /// ```swift
    /// reordered.input.lines.count == original.input.lines.count
    /// ```
    public let input: Input
    /// What the function returned.
    ///
    /// ```swift
    /// original.output.total
    /// ```
    public let output: Output

    /// A call of `input` that returned `output`.
    ///
    /// ```swift
    /// let call = RelatedCall(input: cart, output: quote)
    /// ```
    public init(input: Input, output: Output) {
        self.input = input
        self.output = output
    }
}

extension RelatedCall: Sendable where Input: Sendable, Output: Sendable {}
