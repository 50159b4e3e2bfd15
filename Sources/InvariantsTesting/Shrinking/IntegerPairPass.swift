/// Moves the *values* of two nearby integers, where raw choices cannot: with `(1, 0)` failing for
/// "is sorted", shifting both toward zero's side gives `(0, -1)`, which is simpler in shortlex order even
/// though the second magnitude grows.
/// - `shiftTogether`: both values move by the same amount, in the direction that brings the first toward
///   its anchor (keeps differences: `a > b`, `a == b`);
/// - `transfer`: the first moves toward its anchor, the second the other way (keeps sums, across signs).
struct IntegerPairPass: ShrinkPass {
    enum Mode {
        case shiftTogether
        case transfer
    }

    let mode: Mode
    let window: Int
    /// Only pairs whose values are at most this far apart (`nil`: any pair).
    let closeness: Int128?
    private var first = 0
    private var second = 1
    private var search: DecrementSearch?

    init(_ mode: Mode, window: Int = 4, closeness: Int128? = nil) {
        self.mode = mode
        self.window = window
        self.closeness = closeness
    }

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        let nodes = best.integers
        while first < nodes.count - 1 {
            guard second < nodes.count, second - first <= window else {
                first += 1
                second = first + 1
                search = nil
                continue
            }
            let (a, b) = (nodes[first], nodes[second])
            guard let valueA = a.value(in: best.choices), let valueB = b.value(in: best.choices),
                valueA != a.anchor, closeness.map({ (valueA - valueB).magnitude <= $0.magnitude }) ?? true
            else {
                advance()
                continue
            }
            if search == nil {
                search = DecrementSearch(maximum: UInt64(clamping: (valueA - a.anchor).magnitude))
            }
            guard let amount = search?.nextDecrement() else {
                advance()
                continue
            }
            let step = Int128(amount) * (valueA > a.anchor ? -1 : 1)
            let newB = mode == .shiftTogether ? valueB + step : valueB - step
            if let moved = a.replacing(with: valueA + step, in: best.choices),
                let candidate = b.replacing(with: newB, in: moved)
            {
                return candidate
            }
            search?.feedback(accepted: false)
        }
        return nil
    }

    mutating func feedback(accepted: Bool) {
        search?.feedback(accepted: accepted)
    }

    private mutating func advance() {
        search = nil
        second += 1
    }
}
