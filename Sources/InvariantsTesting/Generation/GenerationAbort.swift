/// Why a generator stopped before producing a value.
enum GenerationAbort: Error, Equatable {
    /// The choices could not produce a value (a filter rejected a replayed value): the case is skipped.
    case invalid
    /// The generator drew more choices than a case may hold (runaway recursion or sizes).
    case overrun
    /// The generator cannot produce values at all (a filter rejected everything); the message says why.
    case gaveUp(String)
}
