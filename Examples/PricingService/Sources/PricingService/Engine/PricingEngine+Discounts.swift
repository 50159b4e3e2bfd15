extension PricingEngine {
    /// What the cart's promotions take off each line, in minor units; never more than the line's gross.
    ///
    /// ```swift
    /// PricingEngine.discounts(for: cart, gross: cart.lines.map(\.gross))   // [100, 0, 250]
    /// ```
    ///
    /// Percentage promotions come first, each rounded per line with the currency's rounding; their sum
    /// on a line is capped at the line's gross. Fixed promotions then share out their amount over the
    /// eligible lines in proportion to what is left of each, with the largest-remainder method so the
    /// shares add up to exactly the amount (or to everything that is left, when the amount is larger).
    static func discounts(for cart: Cart, gross: [Int], matching: PromotionMatching = .everyEligibleLine) -> [Int] {
        var taken = [Int](repeating: 0, count: gross.count)
        for discount in cart.discounts {
            guard case .percentage(let basisPoints) = discount.kind else { continue }
            for (index, line) in cart.lines.enumerated() where discount.applies(to: line) {
                let off = cart.currency.rounding.divide(Int128(gross[index]) * Int128(basisPoints), by: 10_000)
                taken[index] = min(gross[index], taken[index] + Int(off))
                if matching == .firstEligibleLine { break }
            }
        }
        for discount in cart.discounts {
            guard case .fixed(let amount) = discount.kind else { continue }
            let left = cart.lines.indices.map { gross[$0] - taken[$0] }
            let eligible = cart.lines.indices.filter { discount.applies(to: cart.lines[$0]) && left[$0] > 0 }
            let shares = Self.share(amount, over: eligible.map { left[$0] })
            for (position, index) in eligible.enumerated() { taken[index] += shares[position] }
        }
        return taken
    }

    /// Splits `amount` (capped at the weights' sum) in proportion to `weights`, largest remainder first.
    ///
    /// ```swift
    /// PricingEngine.share(100, over: [1, 1, 1])   // [34, 33, 33]
    /// ```
    static func share(_ amount: Int, over weights: [Int]) -> [Int] {
        let total = Int128(weights.reduce(0, +))
        guard total > 0 else { return weights.map { _ in 0 } }
        let amount = min(Int128(amount), total)
        var shares = weights.map { Int(amount * Int128($0) / total) }
        let remainders = weights.indices.map { amount * Int128(weights[$0]) % total }
        let order = weights.indices.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
        }
        var missing = Int(amount) - shares.reduce(0, +)
        for index in order where missing > 0 {
            shares[index] += 1
            missing -= 1
        }
        return shares
    }
}
