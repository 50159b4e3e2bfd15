/// Works on pairs of nearby choices `i < j`:
/// - `lowerTogether`: lowers both by the same amount (keeps `a == b` style failures failing);
/// - `redistribute`: moves an amount from `i` to `j` (keeps sums, so an element can then be deleted);
/// - `swap`: swaps them when that is lexicographically simpler (sorting).
struct PairPass: ShrinkPass {
    enum Mode {
        case lowerTogether
        case redistribute
        case swap
    }

    let mode: Mode
    let window: Int
    private var first = 0
    private var second = 1
    private var search: DecrementSearch?

    init(_ mode: Mode, window: Int = 8) {
        self.mode = mode
        self.window = window
    }

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        let choices = best.choices
        while first < choices.count - 1 {
            guard second < choices.count, second - first <= window else {
                first += 1
                second = first + 1
                search = nil
                continue
            }
            let (i, j) = (first, second)
            if mode == .swap {
                second += 1
                if choices[i] > choices[j] {
                    var candidate = choices
                    candidate.swapAt(i, j)
                    return candidate
                }
                continue
            }
            if search == nil {
                let maximum = mode == .lowerTogether ? min(choices[i], choices[j]) : choices[i]
                search = DecrementSearch(maximum: maximum)
            }
            if let amount = search?.nextDecrement() {
                var candidate = choices
                let moved = min(amount, candidate[i], mode == .lowerTogether ? candidate[j] : .max)
                candidate[i] -= moved
                if mode == .lowerTogether {
                    candidate[j] -= moved
                } else {
                    candidate[j] = candidate[j].addingReportingOverflow(moved).overflow ? .max : candidate[j] + moved
                }
                return candidate
            }
            search = nil
            second += 1
        }
        return nil
    }

    mutating func feedback(accepted: Bool) {
        search?.feedback(accepted: accepted)
    }
}
