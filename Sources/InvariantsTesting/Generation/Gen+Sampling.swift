extension Gen {
    /// Generates `count` values from `seed`, growing sizes like a property run does (handy to eyeball a generator).
    ///
    /// ```swift
    /// let values = Gen<Int>.int(in: 0...9).sample(count: 5, seed: 42)
    /// ```
    public func sample(count: Int = 10, seed: UInt64 = 0) -> [Value] {
        var rng = Xoshiro256(seed: seed)
        var values: [Value] = []
        values.reserveCapacity(count)
        var attempts = 0
        while values.count < count, attempts < count * 10 + 10 {
            attempts += 1
            let size = Double(values.count + 1) / Double(max(1, count))
            let context = GenContext(random: Xoshiro256(seed: rng.next()), size: min(1, size))
            if let value = try? run(context) { values.append(value) }
        }
        return values
    }

    /// Decodes the value a choice sequence stands for (`nil` if the choices cannot produce one).
    func replay(_ choices: [UInt64]) -> Value? {
        try? run(GenContext(replaying: choices))
    }
}
