/// Finds the largest decrement `k` in `1...maximum` that keeps a candidate failing: tries `maximum` first,
/// then halves. After an accepted `k` the search continues relative to the new best.
struct DecrementSearch {
    private let maximum: UInt64
    private var tooLarge: UInt64 = 0
    private var last: UInt64 = 0
    private var started = false

    init(maximum: UInt64) {
        self.maximum = maximum
    }

    mutating func nextDecrement() -> UInt64? {
        if !started {
            started = true
            last = maximum
            return maximum > 0 ? maximum : nil
        }
        guard tooLarge > 1 else { return nil }
        last = tooLarge / 2
        return last
    }

    mutating func feedback(accepted: Bool) {
        if last == maximum && tooLarge == 0 {
            tooLarge = accepted ? 0 : maximum
        } else {
            tooLarge = accepted ? tooLarge - last : last
        }
    }
}
