/// Lowers each choice on its own, as far as it stays failing (0 first, then a binary search).
struct MinimisePass: ShrinkPass {
    private var index = 0
    private var search: DecrementSearch?

    mutating func next(_ best: ShrinkTarget) -> [UInt64]? {
        while index < best.choices.count {
            if search == nil {
                guard best.choices[index] > 0 else {
                    index += 1
                    continue
                }
                search = DecrementSearch(maximum: best.choices[index])
            }
            if let decrement = search?.nextDecrement() {
                var candidate = best.choices
                candidate[index] -= min(decrement, candidate[index])
                return candidate
            }
            search = nil
            index += 1
        }
        return nil
    }

    mutating func feedback(accepted: Bool) {
        search?.feedback(accepted: accepted)
    }
}
